/**
 * Shared value types and Elasticsearch conventions: versioned indices behind aliases, optimistic
 * locking, the embedded node. See docs/decisions/0001-elasticsearch-system-of-record.md.
 */
@NullMarked
package io.rayonne.base;

import org.jspecify.annotations.NullMarked;
