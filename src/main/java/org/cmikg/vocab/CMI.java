package org.cmikg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the cmi-kg ontology ({@code ontology/cmi.ttl}), as Jena nodes.
 * Constants are named exactly like the term; {@code OntologyVocabularyTest} checks that each one is
 * declared in the ontology, so code and ontology cannot drift apart.
 */
public final class CMI {
    private CMI() {}

    /** The ontology's namespace. */
    public static final String NS = Namespaces.BASE + "ontology#";

    private static Node term(String local) { return NodeFactory.createURI(NS + local); }

    // Classes
    public static final Node Agent = term("Agent");
    public static final Node Person = term("Person");
    public static final Node Organization = term("Organization");
    public static final Node Place = term("Place");
    public static final Node Country = term("Country");
    public static final Node Programme = term("Programme");
    public static final Node Event = term("Event");
    public static final Node Deployment = term("Deployment");
    public static final Node RoleAssignment = term("RoleAssignment");
    public static final Node Source = term("Source");
    public static final Node Dataset = term("Dataset");
    public static final Node Claim = term("Claim");
    public static final Node Statement = term("Statement");
    public static final Node EntityLink = term("EntityLink");
    public static final Node LinkSearch = term("LinkSearch");
    public static final Node Territory = term("Territory");
    public static final Node Figure = term("Figure");
    public static final Node RankedValue = term("RankedValue");
    public static final Node SubjectStance = term("SubjectStance");
    public static final Node LinkCandidate = term("LinkCandidate");

    // Relations
    public static final Node country = term("country");
    public static final Node hostCountry = term("hostCountry");
    public static final Node place = term("place");
    public static final Node nationality = term("nationality");
    public static final Node parentOrganization = term("parentOrganization");
    public static final Node operatedBy = term("operatedBy");
    public static final Node actor = term("actor");
    public static final Node sentBy = term("sentBy");
    public static final Node contingent = term("contingent");
    public static final Node programme = term("programme");
    public static final Node promptedBy = term("promptedBy");
    public static final Node affects = term("affects");
    public static final Node agent = term("agent");
    public static final Node role = term("role");
    public static final Node actedIn = term("actedIn");
    public static final Node claimant = term("claimant");
    public static final Node about = term("about");
    public static final Node stance = term("stance");
    public static final Node disputes = term("disputes");
    public static final Node figureMeasure = term("figureMeasure");
    public static final Node hasStatement = term("hasStatement");
    public static final Node statementSubject = term("statementSubject");
    public static final Node statementProperty = term("statementProperty");
    public static final Node rank = term("rank");
    public static final Node linkSubject = term("linkSubject");
    public static final Node linkTarget = term("linkTarget");
    public static final Node linkMethod = term("linkMethod");
    public static final Node linkEvidence = term("linkEvidence");
    public static final Node sovereignState = term("sovereignState");
    public static final Node m49Region = term("m49Region");
    public static final Node m49SubRegion = term("m49SubRegion");
    public static final Node m49IntermediateRegion = term("m49IntermediateRegion");
    public static final Node figureOf = term("figureOf");
    public static final Node hasFigure = term("hasFigure");
    public static final Node figureUnit = term("figureUnit");
    public static final Node figureQualifier = term("figureQualifier");
    public static final Node reportedBy = term("reportedBy");
    public static final Node status = term("status");
    public static final Node hasSubjectStance = term("hasSubjectStance");
    public static final Node stanceSubject = term("stanceSubject");
    public static final Node publishedBy = term("publishedBy");
    public static final Node publisherKind = term("publisherKind");
    public static final Node archivedAt = term("archivedAt");
    public static final Node candidateFor = term("candidateFor");
    public static final Node candidateItem = term("candidateItem");
    public static final Node searchedFor = term("searchedFor");

    // Dates: the value as written (EDTF) and its earliest and latest day (xsd:date)
    public static final Node start = term("start");
    public static final Node startEarliest = term("startEarliest");
    public static final Node startLatest = term("startLatest");
    public static final Node startYear = term("startYear");
    public static final Node end = term("end");
    public static final Node endEarliest = term("endEarliest");
    public static final Node endLatest = term("endLatest");
    public static final Node date = term("date");
    public static final Node dateEarliest = term("dateEarliest");
    public static final Node dateLatest = term("dateLatest");
    public static final Node asOf = term("asOf");
    public static final Node asOfEarliest = term("asOfEarliest");
    public static final Node asOfLatest = term("asOfLatest");
    public static final Node statusAsOf = term("statusAsOf");
    public static final Node statusAsOfEarliest = term("statusAsOfEarliest");
    public static final Node statusAsOfLatest = term("statusAsOfLatest");
    public static final Node birthDate = term("birthDate");
    public static final Node birthDateEarliest = term("birthDateEarliest");
    public static final Node birthDateLatest = term("birthDateLatest");
    public static final Node deathDate = term("deathDate");
    public static final Node deathDateEarliest = term("deathDateEarliest");
    public static final Node deathDateLatest = term("deathDateLatest");

    // Values
    public static final Node personnel = term("personnel");
    public static final Node figure = term("figure");
    public static final Node value = term("value");
    public static final Node purpose = term("purpose");
    public static final Node claimText = term("claimText");
    public static final Node roleTitle = term("roleTitle");
    public static final Node rankReason = term("rankReason");
    public static final Node iso3166Alpha2 = term("iso3166Alpha2");
    public static final Node iso3166Alpha3 = term("iso3166Alpha3");
    public static final Node linkReviewer = term("linkReviewer");
    public static final Node linkDate = term("linkDate");
    public static final Node m49Code = term("m49Code");
    public static final Node selfReported = term("selfReported");
    public static final Node titleVerified = term("titleVerified");
    public static final Node candidateLabel = term("candidateLabel");
    public static final Node candidateDescription = term("candidateDescription");
    public static final Node candidateScore = term("candidateScore");
    public static final Node candidateMethod = term("candidateMethod");
    public static final Node candidateFound = term("candidateFound");
    public static final Node searchedIn = term("searchedIn");
    public static final Node searchReviewer = term("searchReviewer");
    public static final Node searchDate = term("searchDate");

    // Annotations
    /** On a record class: the Wikidata classes whose instances can be the item of such a record. */
    public static final Node wikidataClass = term("wikidataClass");
    public static final Node inverseLabel = term("inverseLabel");
    /** On a property: the Wikidata property that states the same fact (ontology/wikidata-mapping.ttl). */
    public static final Node wikidataProperty = term("wikidataProperty");
    /** On a property: a node with the Wikidata property for the subjects of one class. */
    public static final Node wikidataPropertyForClass = term("wikidataPropertyForClass");
    public static final Node wikidataSubjectClass = term("wikidataSubjectClass");
}
