package io.rayonne.search.internal.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Accent folding: é, è, ê, à, ç, œ… to ASCII. */
@NamedComponent("rayonne_folding")
public class FoldingFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return FrenchAnalysis.folding(tokenStream);
    }
}
