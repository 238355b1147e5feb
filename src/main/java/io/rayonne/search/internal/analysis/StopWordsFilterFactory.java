package io.rayonne.search.internal.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** French stop words, folded. */
@NamedComponent("rayonne_french_stop")
public class StopWordsFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return FrenchAnalysis.stopWords(tokenStream);
    }
}
