package org.cmikg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Spanish throughout, in a real headless Chromium over the bundled records: a Spanish page shows no English words
 * of its own (text left in English, such as a description that exists only in English or a claim quoted in its
 * language, is marked {@code lang="en"}), and a Spanish search, accents or not, finds its record on a Spanish
 * results page. Screenshots: {@code target/screenshots/spanish-*.png}.
 */
class SpanishBrowserTest extends AbstractBrowserTest {
    /** Words of the site's own English text; none may show, unmarked, on a Spanish page. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(Search|Sources|Facts|Claims?|Download|Show|Linked from|Cite this|"
            + "Previous|Next|results?|Where to start|What the graph holds|Scope|How to|licence|Date|Stance|Kind|Decade|Roles|Who|"
            + "Evidence|Reviewer|Checked|Values|claimant|disputed|supportive|critical|Narrow down|the|and|with)\\b");

    SpanishBrowserTest() { super(1280, 1400); }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "landing, /?lang=es",
        "entity, /id/deployment/west-africa-2014-ebola-henry-reeve?lang=es",
        "claim, /id/claim/claim-rubio-2025-02?lang=es",
        "about, /about?lang=es",
        "search, /search?q=brigada&lang=es"})
    void aSpanishPageHasNoEnglishText(String name, String path) throws Exception {
        browser.get(base + path);
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
        List<String> english = new ArrayList<>();
        for (Object text : (List<?>) ((JavascriptExecutor) browser).executeScript(VISIBLE_UNMARKED_TEXT)) {
            Matcher m = ENGLISH.matcher(text.toString());
            if (m.find()) english.add("'" + m.group() + "' in: " + text);
        }
        Chromium.screenshot(browser, "spanish-" + name);
        assertTrue(english.isEmpty(), path + " shows English:\n" + String.join("\n", english));
    }

    /**
     * The visible text nodes of the page that are not inside an element marked as another language than Spanish,
     * nor code (a query, an address), nor the language switch.
     */
    private static final String VISIBLE_UNMARKED_TEXT = """
            const out = [];
            const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walk.nextNode(); n; n = walk.nextNode()) {
              const el = n.parentElement;
              const text = n.textContent.trim();
              if (!text || text.startsWith('http://') || text.startsWith('https://') || el.closest('script, style, code, pre, [hreflang]')) continue;
              const marked = el.closest('[lang]');
              if (marked && !marked.lang.startsWith('es')) continue;
              if (!el.checkVisibility()) continue;
              out.push(text);
            }
            return out;""";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"terremoto Haití, /id/deployment/haiti-2010-earthquake-henry-reeve",
        "terremoto haiti, /id/deployment/haiti-2010-earthquake-henry-reeve",
        "Más Médicos, /id/programme/mais-medicos",
        "MAS MEDICOS, /id/programme/mais-medicos"})
    void aSpanishSearchFindsItsRecordWithOrWithoutAccentsOnASpanishPage(String words, String record) throws Exception {
        browser.get(base + "/?lang=es");
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys(words);
        box.submit();
        WebElement hit = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.results a[href^='" + record + "']")));
        assertTrue(browser.getCurrentUrl().contains("lang=es"), "the search keeps Spanish: " + browser.getCurrentUrl());
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Buscar", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector("p.total")).getText().matches("\\d+ resultados? para “" + Pattern.quote(words) + "”.*"),
                browser.findElement(By.cssSelector("p.total")).getText());
        assertTrue(hit.getAttribute("href").endsWith(record + "?lang=es"), "the hit keeps Spanish: " + hit.getAttribute("href"));
        if (words.equals("terremoto Haití")) Chromium.screenshot(browser, "spanish-search-results");
        hit.click();
        wait.until(ExpectedConditions.urlContains(record));
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
    }
}
