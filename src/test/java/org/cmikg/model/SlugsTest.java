package org.cmikg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void slugsAreLowercaseWithSingleInnerHyphens() {
        assertTrue(Slugs.isSlug("henry-reeve-2005"));
        assertFalse(Slugs.isSlug("Henry-Reeve"));
        assertFalse(Slugs.isSlug("henry--reeve"));
        assertFalse(Slugs.isSlug("-henry"));
        assertFalse(Slugs.isSlug("médicos"));
    }

    @Test
    void kindsNameTheirClassesBothWays() {
        assertEquals("GovernmentBody", Slugs.toClassName("government-body"));
        assertEquals("government-body", Slugs.fromClassName("GovernmentBody"));
        assertEquals("Epidemic", Slugs.toClassName("epidemic"));
    }
}
