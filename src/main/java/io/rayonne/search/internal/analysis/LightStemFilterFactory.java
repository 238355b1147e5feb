package io.rayonne.search.internal.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** French light stemming: plurals and feminine forms. */
@NamedComponent("rayonne_french_light_stem")
public class LightStemFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return FrenchAnalysis.lightStem(tokenStream);
    }
}
