/** The documents of issues, campaigns and the delivery ledger, in Elasticsearch. */
@NullMarked
package io.rayonne.newsletter.internal;

import org.jspecify.annotations.NullMarked;
