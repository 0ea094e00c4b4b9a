package org.cmikg.server.about;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The figures the landing page's stories quote, counted from the graph when the build is made ({@code BuildFacts}): the deployments of
 * the Henry Reeve contingent and the countries they went to, the country brigades of the Ebola response (deployments to one country), the claims
 * on both sides of the 2025 dispute with the United States, and the countries that received deployments.
 */
public record Stories(long henryReeveDeployments, long henryReeveCountries, long ebolaBrigades, long disputeCritical,
        long disputeSupportive, long hostCountries) {

    private static final String HENRY_REEVE = About.PREFIXES + """
            SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {
              ?d cmi:contingent <https://w3id.org/cmi-kg/id/organization/henry-reeve-contingent> }""";
    private static final String HENRY_REEVE_COUNTRIES = About.PREFIXES + """
            SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {
              ?d cmi:contingent <https://w3id.org/cmi-kg/id/organization/henry-reeve-contingent> ; cmi:hostCountry ?c }""";
    private static final String EBOLA = About.PREFIXES + """
            SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {
              ?d a cmi:Deployment ; cmi:promptedBy <https://w3id.org/cmi-kg/id/event/ev-west-africa-ebola-2014> ;
                 cmi:hostCountry ?c .
              FILTER NOT EXISTS { ?d cmi:hostCountry ?other FILTER(?other != ?c) }
            }""";
    private static final String DISPUTE = About.PREFIXES + """
            SELECT (COUNT(DISTINCT ?claim) AS ?n) WHERE {
              ?claim a cmi:Claim ; cmi:about <https://w3id.org/cmi-kg/id/event/us-visa-policy-expansion-2025> ;
                     cmi:stance <https://w3id.org/cmi-kg/vocab/stance/%s> }""";

    public static Stories of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> new Stories(About.number(dsg, HENRY_REEVE), About.number(dsg, HENRY_REEVE_COUNTRIES),
                About.number(dsg, EBOLA), About.number(dsg, DISPUTE.formatted("critical")),
                About.number(dsg, DISPUTE.formatted("supportive")), About.number(dsg, About.HOST_COUNTRIES)));
    }
}
