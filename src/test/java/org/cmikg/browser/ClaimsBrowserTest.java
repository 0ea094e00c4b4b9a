package org.cmikg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.cmikg.vocab.CMI;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Claims as arguments and search as browsing, in a real headless Chromium over the bundled records: a claim
 * beside its rebuttals, the way from the landing page to a rebuttal in two clicks, and a facet that narrows a
 * search. Screenshots: {@code target/screenshots/claim-page.png}, {@code claims-list.png}, {@code search-facets.png}
 * (copied to {@code docs/} for the README).
 */
class ClaimsBrowserTest extends AbstractBrowserTest {
    ClaimsBrowserTest() { super(1280, 1100); }

    @Test
    void aClaimStandsBesideTheClaimsThatDisputeIt() throws Exception {
        browser.get(base + "/id/claim/claim-rubio-2025-02");
        assertTrue(disputing(RUBIO) >= 2, "the records hold answers to it");
        WebElement claim = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".this-side .claim-card")));
        assertTrue(claim.getText().contains("Marco Rubio") && claim.getText().contains("2025-02-25")
                && claim.getText().contains("forced labor"), claim.getText());
        List<WebElement> rebuttals = browser.findElements(By.cssSelector(".other-side .claim-card.rebuttal"));
        assertEquals(disputing(RUBIO), rebuttals.size(), "every claim that disputes it");
        String answers = String.join("\n", rebuttals.stream().map(WebElement::getText).toList());
        assertTrue(answers.contains("Bruno Rodríguez Parrilla") && answers.contains("Carlos F. de Cossío"), answers);
        assertTrue(answers.contains("2025-02-25") && answers.contains("supportive"), "each with its date and stance: " + answers);
        Rectangle left = claim.getRect();
        Rectangle right = rebuttals.get(0).getRect();
        assertTrue(right.getX() >= left.getX() + left.getWidth() && Math.abs(right.getY() - left.getY()) < 80,
                "side by side: claim at " + left.getX() + "," + left.getY() + ", rebuttal at " + right.getX() + "," + right.getY());
        Chromium.screenshot(browser, "claim-page");

        rebuttals.get(0).findElement(By.cssSelector(".open-claim a")).click();
        WebElement disputed = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".other-side .claim-card.disputed")));
        assertTrue(disputed.getText().contains("Marco Rubio"), "the rebuttal's page shows the claim it disputes: " + disputed.getText());
    }

    @Test
    void fromTheLandingPageToAClaimAndItsRebuttalInTwoClicks() throws Exception {
        browser.get(base + "/");
        browser.findElement(By.xpath("//tr[th[text()='attributed claims']]//a")).click();
        WebElement disputedRow = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//li[contains(@class,'claim-row')][.//span[contains(@class,'disputed-by')]]")));
        Chromium.screenshot(browser, "claims-list");
        disputedRow.findElement(By.cssSelector("a.claim-link")).click();
        WebElement rebuttal = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".other-side .claim-card.rebuttal")));
        assertTrue(browser.getCurrentUrl().contains("/id/claim/"), browser.getCurrentUrl());
        assertTrue(!rebuttal.findElement(By.cssSelector("a.claimant")).getText().isBlank(), "the rebuttal names its claimant");
        assertTrue(rebuttal.findElement(By.cssSelector(".claim-date")).getText().matches("\\d{4}(-\\d{2}){0,2}"), "and its date");
    }

    @Test
    void aFacetNarrowsTheSearchToItsCount() throws Exception {
        browser.get(base + "/search?q=henry+reeve");
        long before = total();
        WebElement country = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section[data-facet=country] li")));
        String name = country.findElement(By.tagName("a")).getText();
        long count = Long.parseLong(country.findElement(By.cssSelector(".count")).getText());
        assertTrue(count < before, count + " of " + before);
        country.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section[data-facet=country] a.selected")));
        assertEquals(count, total(), "the total after the click is the facet's count");
        List<WebElement> hits = browser.findElements(By.cssSelector("ol.results > li"));
        assertEquals(Math.min(count, 20), hits.size());
        Chromium.screenshot(browser, "search-facets");
        for (WebElement hit : hits) {
            WebElement countries = hit.findElement(By.cssSelector(".hit-meta"));
            assertTrue(countries.getText().contains(name) || hit.getText().contains(name), "every hit is in " + name + ": " + hit.getText());
        }
    }

    private static final String RUBIO = "https://w3id.org/cmi-kg/id/claim/claim-rubio-2025-02";

    /** How many claims the store says dispute {@code claim}. */
    private static int disputing(String claim) {
        Node c = NodeFactory.createURI(claim);
        return Txn.calculateRead(server.dsg(), () -> server.dsg().getUnionGraph().find(Node.ANY, CMI.disputes, c).toList().size());
    }

    private long total() {
        return Long.parseLong(browser.findElement(By.cssSelector(".total .count")).getAttribute("data-total"));
    }
}
