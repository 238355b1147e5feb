/**
 * Conventions the features' {@code internal} packages share when they store documents with Spring
 * Data Elasticsearch: revisions for optimistic locking, create-if-absent.
 */
@NamedInterface("elasticsearch")
@NullMarked
package io.rayonne.base.elasticsearch;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
