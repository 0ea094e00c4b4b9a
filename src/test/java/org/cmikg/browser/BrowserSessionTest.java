package org.cmikg.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.cmikg.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/** The browser tests share one Chromium; what one test leaves in it, the next must not find. */
@ExtendWith(BrowserSession.class)
class BrowserSessionTest {

    @Test
    void openForgetsTheStorageCookiesWindowsDeviceAndDownloadsThatTheTestBeforeLeft(RunningServer server, Chromium chromium) throws Exception {
        WebDriver browser = chromium.open(1280, 1400);
        browser.get(server.base() + "/query");
        js(browser, "localStorage.setItem('left', 'behind'); sessionStorage.setItem('left', 'behind');"
                + "document.cookie = 'left=behind; max-age=3600; path=/'; window.open('/about');");
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        Files.writeString(chromium.downloads().resolve("left.csv"), "behind");
        assertEquals(2, browser.getWindowHandles().size(), "the test before opened a second window");
        assertEquals("behind", js(browser, "return localStorage.getItem('left');"));

        browser = chromium.open(1000, 800);
        assertEquals(1, browser.getWindowHandles().size());
        assertEquals("about:blank", browser.getCurrentUrl());
        try (var files = Files.list(chromium.downloads())) {
            assertEquals(List.of(), files.toList());
        }
        browser.get(server.base() + "/query");
        assertEquals(null, js(browser, "return localStorage.getItem('left');"));
        assertEquals(null, js(browser, "return sessionStorage.getItem('left');"));
        assertEquals("", js(browser, "return document.cookie;"));
        assertEquals(1000L, js(browser, "return window.innerWidth;"), "the window asked for, no phone");
    }

    private static Object js(WebDriver browser, String script) { return ((JavascriptExecutor) browser).executeScript(script); }
}
