package io.handspec.generator.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The normalisation digests rest on: layout and spacing do not count, words and lines do. */
class PageTextTest {
    @Test
    void whitespaceLineBreaksAndInvisibleCharactersAreNormalised() {
        assertEquals("a b c\nd\n", PageText.normalise("\uFEFF  a\t\u00a0b   c  \r\n\r\n\n  d\u200B \r"));
        assertEquals("", PageText.normalise(" \n\t\n"));
    }

    @Test
    void normalisingTwiceChangesNothing() {
        String once = PageText.normalise("x\u0065\u0301  y\r\n\n z ");
        assertEquals(once, PageText.normalise(once));
        assertEquals("x\u00e9 y\nz\n", once, "composed to NFC");
    }

    @Test
    void theDigestIsTheSha256OfTheUtf8Text() {
        assertEquals("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", PageText.sha256("hello"));
    }

    @Test
    void htmlGivesOneLinePerBlockAndKeepsPreformattedLines() {
        String html = "<html><head><title>t</title></head><body><h1>Title</h1><div>one <b>two</b>"
                + "<br>three</div><table><tr><td>a</td><td>b</td></tr></table><pre>x = 1\n  y = 2</pre>"
                + "<script>no()</script><noscript>no</noscript></body></html>";
        assertEquals("Title\none two\nthree\na b\nx = 1\ny = 2\n", HtmlText.of(Jsoup.parse(html), ""));
    }

    @Test
    void aSelectorPicksThePartsItNamesAndNothingWhenItMatchesNothing() {
        String html = "<body><nav>menu</nav><article><p>doc</p></article><article><p>more</p></article></body>";
        assertEquals("doc\nmore\n", HtmlText.of(Jsoup.parse(html), "article"));
        assertNull(HtmlText.of(Jsoup.parse(html), "main"));
    }
}
