/**
 * The observatoire: each person's home screen (what needs them now), the key figures an office
 * types in each month, and the dashboards and yearly report that put them beside what Rayonne
 * already counts (posts, portraits, press, bulletins). Counting is Elasticsearch's work.
 */
@NullMarked
package io.rayonne.observatoire;

import org.jspecify.annotations.NullMarked;
