package io.rayonne.search.internal.analysis;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The pieces of Rayonne's French analysis, in one place for the Elasticsearch token filter factories
 * and for the unit tests that check them on Lucene directly. The analyzers themselves are assembled
 * in {@code elasticsearch/analysis.json}; {@link #indexAnalyzer()} and {@link #searchAnalyzer()} mirror
 * that order for tests (see docs/decisions/0002-french-analysis.md).
 */
public final class FrenchAnalysis {

    /** Elided articles and pronouns: l'été, d'art, jusqu'au, qu'il… with ' or ’. */
    static final CharArraySet ELIDED = new CharArraySet(FrenchAnalyzer.DEFAULT_ARTICLES, true);

    /** French stop words, folded like the tokens they are compared with. */
    static final CharArraySet STOP_WORDS = foldedStopWords();

    static final int AUTOCOMPLETE_MIN = 2;
    static final int AUTOCOMPLETE_MAX = 20;

    private static volatile SynonymMap synonyms;

    private FrenchAnalysis() {}

    public static TokenStream elision(TokenStream in) {
        return new FrenchElisionFilter(in, ELIDED);
    }

    public static TokenStream folding(TokenStream in) {
        return new ASCIIFoldingFilter(in);
    }

    public static TokenStream stopWords(TokenStream in) {
        return new StopFilter(in, STOP_WORDS);
    }

    public static TokenStream lightStem(TokenStream in) {
        return new FrenchLightStemFilter(in);
    }

    public static TokenStream autocomplete(TokenStream in) {
        return new EdgeNGramTokenFilter(in, AUTOCOMPLETE_MIN, AUTOCOMPLETE_MAX, true);
    }

    public static TokenStream synonyms(TokenStream in) {
        return new SynonymGraphFilter(in, synonymMap(), true);
    }

    /** Index-time chain of {@code rayonne_french}. */
    public static Analyzer indexAnalyzer() {
        return chain(false);
    }

    /** Search-time chain of {@code rayonne_french_search}: the index chain plus tourism synonyms. */
    public static Analyzer searchAnalyzer() {
        return chain(true);
    }

    /** Edge n-grams of {@code rayonne_autocomplete}. */
    public static Analyzer autocompleteAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, autocomplete(folding(new LowerCaseFilter(elision(source)))));
            }
        };
    }

    private static Analyzer chain(boolean withSynonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = folding(new LowerCaseFilter(elision(source)));
                if (withSynonyms) {
                    stream = synonyms(stream);
                }
                return new TokenStreamComponents(source, lightStem(stopWords(stream)));
            }
        };
    }

    /**
     * The tourism synonyms of {@code rayonne-synonyms.txt}, parsed with the chain that precedes them
     * (elision, lower case, folding) so that a rule matches the tokens it will meet.
     */
    static SynonymMap synonymMap() {
        SynonymMap map = synonyms;
        if (map == null) {
            synchronized (FrenchAnalysis.class) {
                if (synonyms == null) {
                    synonyms = parseSynonyms();
                }
                map = synonyms;
            }
        }
        return map;
    }

    private static SynonymMap parseSynonyms() {
        Analyzer ruleAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, folding(new LowerCaseFilter(elision(source))));
            }
        };
        try (Reader rules = new InputStreamReader(
                Objects.requireNonNull(
                        FrenchAnalysis.class.getResourceAsStream("rayonne-synonyms.txt"), "rayonne-synonyms.txt"),
                StandardCharsets.UTF_8)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
            parser.parse(rules);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("rayonne-synonyms.txt, line " + e.getErrorOffset(), e);
        } finally {
            ruleAnalyzer.close();
        }
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet folded = new CharArraySet(200, true);
        for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
            char[] chars = (char[]) word;
            char[] out = new char[chars.length * 4];
            int length = ASCIIFoldingFilter.foldToASCII(chars, 0, out, 0, chars.length);
            folded.add(new String(out, 0, length));
        }
        return CharArraySet.unmodifiableSet(folded);
    }
}
