/** Posts and the offices' calendar settings in Elasticsearch. */
@NullMarked
package io.rayonne.calendar.internal;

import org.jspecify.annotations.NullMarked;
