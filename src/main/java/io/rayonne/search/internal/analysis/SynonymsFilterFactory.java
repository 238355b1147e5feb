package io.rayonne.search.internal.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Tourism synonyms, expanded at search time. */
@NamedComponent("rayonne_tourism_synonyms")
public class SynonymsFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return FrenchAnalysis.synonyms(tokenStream);
    }
}
