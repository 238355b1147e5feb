package io.rayonne.search.internal.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Removes an elided article or pronoun (l', d', qu', jusqu'…, with ' or ’) and, unlike Lucene's
 * ElisionFilter, moves the token's start past it, so that a highlight marks « élégance » and not
 * « L’élégance ».
 */
final class FrenchElisionFilter extends TokenFilter {

    private final CharArraySet articles;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

    FrenchElisionFilter(TokenStream input, CharArraySet articles) {
        super(input);
        this.articles = articles;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c == '\'' || c == '\u2019') {
                if (i > 0 && i < length - 1 && articles.contains(buffer, 0, i)) {
                    int removed = i + 1;
                    term.copyBuffer(buffer, removed, length - removed);
                    // Only when the token is the text as written (no earlier filter changed its length).
                    if (offset.endOffset() - offset.startOffset() == length) {
                        offset.setOffset(offset.startOffset() + removed, offset.endOffset());
                    }
                }
                break;
            }
        }
        return true;
    }
}
