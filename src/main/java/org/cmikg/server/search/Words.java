package org.cmikg.server.search;

import java.util.Map;

/** The words of the search and claims pages, in English and Spanish. */
final class Words {
    private Words() {}

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("search", new String[] {"Search", "Buscar"}),
            Map.entry("claims", new String[] {"Attributed claims", "Afirmaciones atribuidas"}),
            Map.entry("claimsIntro", new String[] {
                    "What someone asserted, about what, when and where, with its stance: each claim is attributed to whoever made it, never taken as fact. Open a claim to read it beside the claims that dispute it.",
                    "Lo que alguien afirmó, sobre qué, cuándo y dónde, con su postura: cada afirmación se atribuye a quien la hizo y nunca se toma como un hecho. Abra una afirmación para leerla junto a las que la disputan."}),
            Map.entry("searchHint", new String[] {"Names, descriptions, claim text…", "Nombres, descripciones, texto de afirmaciones…"}),
            Map.entry("claimsHint", new String[] {"Words of the claim: forced labor, solidarity…", "Palabras de la afirmación: trabajo forzoso, solidaridad…"}),
            Map.entry("anyKind", new String[] {"any kind", "cualquier tipo"}),
            Map.entry("results", new String[] {"results", "resultados"}),
            Map.entry("result", new String[] {"result", "resultado"}),
            Map.entry("of", new String[] {"of", "de"}),
            Map.entry("for", new String[] {"for", "para"}),
            Map.entry("none", new String[] {"Nothing matches. Try fewer words or remove a filter.", "Nada coincide. Pruebe con menos palabras o quite un filtro."}),
            Map.entry("previous", new String[] {"Previous", "Anterior"}),
            Map.entry("next", new String[] {"Next", "Siguiente"}),
            Map.entry("more", new String[] {"more", "más"}),
            Map.entry("remove", new String[] {"remove", "quitar"}),
            Map.entry("filters", new String[] {"Narrow down", "Filtrar"}),
            Map.entry("type", new String[] {"Kind", "Tipo"}),
            Map.entry("kind", new String[] {"Kind", "Tipo"}),
            Map.entry("decade", new String[] {"Decade", "Década"}),
            Map.entry("year", new String[] {"Year", "Año"}),
            Map.entry("country", new String[] {"Country", "País"}),
            Map.entry("stance", new String[] {"Stance", "Postura"}),
            Map.entry("source_kind", new String[] {"Kind of source", "Tipo de fuente"}),
            Map.entry("claimant", new String[] {"Claimant", "Autor de la afirmación"}),
            Map.entry("claimant_kind", new String[] {"Kind of claimant", "Tipo de autor"}),
            Map.entry("subject", new String[] {"About", "Sobre"}),
            Map.entry("dispute", new String[] {"In dispute", "En disputa"}),
            Map.entry("yes", new String[] {"yes", "sí"}),
            Map.entry("no", new String[] {"no", "no"}),
            Map.entry("disputes", new String[] {"disputes", "disputa"}),
            Map.entry("disputedBy", new String[] {"disputed by", "disputada por"}),
            Map.entry("claimsWord", new String[] {"claims", "afirmaciones"}),
            Map.entry("claim", new String[] {"claim", "afirmación"}),
            Map.entry("language", new String[] {"Español", "English"}));

    static String t(String key, String lang) {
        String[] w = WORDS.get(key);
        return w == null ? key : w["es".equals(lang) ? 1 : 0];
    }
}
