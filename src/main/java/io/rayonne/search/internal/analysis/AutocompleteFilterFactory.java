package io.rayonne.search.internal.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Edge n-grams (2 to 20 characters) for suggestions while typing. */
@NamedComponent("rayonne_autocomplete")
public class AutocompleteFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return FrenchAnalysis.autocomplete(tokenStream);
    }
}
