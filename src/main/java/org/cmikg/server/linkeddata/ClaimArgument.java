package org.cmikg.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.cmikg.vocab.CMI;
import org.cmikg.vocab.Ext;

/**
 * A claim as one side of an argument: the claim itself beside the claims that dispute it and the claims it
 * disputes, each with its claimants (and what kind of claimant they are), date, stance, text and sources, so a
 * reader sees both sides at once.
 */
public record ClaimArgument(Card claim, List<Card> disputedBy, List<Card> disputes) {

    /** One claim as the page shows it. */
    public record Card(String href, String title, List<Claimant> claimants, String date, String stance, String stanceSlug,
            String text, String textLang, List<EntityView.Link> about, List<EntityView.SourceRef> sources) {}

    /** Who made a claim, and what kind of agent they are (a person, a government body, an NGO...). */
    public record Claimant(EntityView.Link who, String kind) {}

    /** The argument around {@code claim}, or null when the node is not a claim. The caller holds the read transaction. */
    static ClaimArgument of(EntityViewBuilder b, Graph g, Node claim) {
        if (!g.contains(claim, Ext.type, CMI.Claim)) return null;
        List<Card> disputedBy = new ArrayList<>();
        g.find(Node.ANY, CMI.disputes, claim).forEach(t -> disputedBy.add(card(b, g, t.getSubject())));
        List<Card> disputes = new ArrayList<>();
        g.find(claim, CMI.disputes, Node.ANY).forEach(t -> disputes.add(card(b, g, t.getObject())));
        Comparator<Card> byDate = Comparator.comparing(Card::date);
        disputedBy.sort(byDate);
        disputes.sort(byDate);
        return new ClaimArgument(card(b, g, claim), disputedBy, disputes);
    }

    private static Card card(EntityViewBuilder b, Graph g, Node c) {
        List<Claimant> claimants = new ArrayList<>();
        g.find(c, CMI.claimant, Node.ANY).forEach(t -> claimants.add(new Claimant(b.link(t.getObject()), kind(b, g, t.getObject()))));
        claimants.sort(Comparator.comparing(x -> x.who().text()));
        List<EntityView.Link> about = new ArrayList<>();
        g.find(c, CMI.about, Node.ANY).forEach(t -> about.add(b.link(t.getObject())));
        List<EntityView.SourceRef> sources = new ArrayList<>();
        g.find(c, Ext.wasDerivedFrom, Node.ANY).forEach(t -> sources.add(b.source(t.getObject())));
        sources.sort(Comparator.comparing(EntityView.SourceRef::date));
        Optional<Node> stance = object(g, c, CMI.stance);
        Optional<Node> text = object(g, c, CMI.claimText);
        return new Card(EntityViewBuilder.href(c), b.label(c), claimants, object(g, c, CMI.date).map(Node::getLiteralLexicalForm).orElse(""),
                stance.map(b::label).orElse(""), stance.map(s -> s.getURI().substring(s.getURI().lastIndexOf('/') + 1)).orElse(""),
                text.map(Node::getLiteralLexicalForm).orElse(""), text.map(Node::getLiteralLanguage).orElse(""), about, sources);
    }

    /** The most specific asserted kind of a claimant, by its label: "government body" rather than "organization". */
    private static String kind(EntityViewBuilder b, Graph g, Node agent) {
        Node best = null;
        var it = g.find(agent, Ext.type, Node.ANY);
        while (it.hasNext()) {
            Node type = it.next().getObject();
            if (!type.isURI() || !type.getURI().startsWith(CMI.NS)) continue;
            boolean general = type.equals(CMI.Agent) || type.equals(CMI.Organization);
            if (best == null || !general && (best.equals(CMI.Agent) || best.equals(CMI.Organization))) best = type;
        }
        return best == null ? "" : b.label(best);
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }
}
