/**
 * Guides' portraits: a guide writes their own, the communication team reviews; every change is a
 * revision; the workflow and the rights are enforced here, in the service.
 */
@NullMarked
package io.rayonne.portraits;

import org.jspecify.annotations.NullMarked;
