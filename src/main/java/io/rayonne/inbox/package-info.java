/**
 * In-app notifications: what happened to a person's work (a review asked for changes, a portrait
 * approved, a mention), shown under the bell until read. Messages are translation keys with their
 * arguments, so each person reads them in their own language.
 */
@NullMarked
package io.rayonne.inbox;

import org.jspecify.annotations.NullMarked;
