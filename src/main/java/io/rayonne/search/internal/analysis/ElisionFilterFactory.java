package io.rayonne.search.internal.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** French elision of l', d', qu', jusqu'… with ' or ’. */
@NamedComponent("rayonne_elision")
public class ElisionFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return FrenchAnalysis.elision(tokenStream);
    }
}
