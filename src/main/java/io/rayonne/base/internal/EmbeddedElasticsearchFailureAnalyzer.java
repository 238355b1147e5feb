package io.rayonne.base.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded start into Spring Boot's short report instead of a stack trace. */
class EmbeddedElasticsearchFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedElasticsearchException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedElasticsearchException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Fix the cause above, or point rayonne.elasticsearch.url (RAYONNE_ELASTICSEARCH_URL) at a running Elasticsearch 8.19.",
                null);
    }
}
