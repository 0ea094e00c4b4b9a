package org.cmikg.store.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.facet.FacetsConfig;

/** The fields of the full-text index, shared by its writer and its reader, and the analyzer both use. */
final class TextFields {
    private TextFields() {}

    static final String IRI = "iri";
    /** Every cmi class of the record, asserted or inferred (a filter: {@code type=Event} finds deployments too). */
    static final String TYPE = "type";
    /** Names: labels in every language, alternative names, titles. */
    static final String NAME = "name";
    /** Names, descriptions, claim text, purposes, reasons: everything a reader might search for. */
    static final String ALL = "all";
    /** "1" on records other than sources, which rank before the sources that mention them. */
    static final String PRIMARY = "primary";

    /** Scoring features: {@link #LINKS}, how many statements point to the record, citations aside (the contingent before one of its brigades). */
    static final String FEATURES = "features";
    static final String LINKS = "links";

    static final String LABEL = "label_";
    static final String TEXT = "text_";
    /** The language tag of the label and text stored for a reader's language ("" when untagged). */
    static final String LABEL_TAG = "label_tag_";
    static final String TEXT_TAG = "text_tag_";
    static final String KIND = "kind";
    static final String YEAR = "year";
    static final String YEAR_END = "year_end";
    static final String DATE = "date";
    static final String COUNTRY = "country";
    static final String STANCE = "stance";
    static final String CLAIMANT = "claimant";
    static final String DISPUTES = "disputes";
    static final String DISPUTED_BY = "disputed_by";
    static final String SORT_LABEL = "sort_label_";
    static final String SORT_DATE = "sort_date";

    /** Commit data: how long the index took to build and how many records it holds. */
    static final String BUILD_MILLIS = "build_millis";
    static final String DOCS = "docs";

    /** Multi-valued facet dimensions must be declared as such, the same way when writing and reading. */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (TextIndex.Facet f : TextIndex.Facet.values()) config.setMultiValued(f.dim(), f.multiValued());
        return config;
    }

    /** Standard words, lower-cased and folded to ASCII: {@code medicos} finds "Médicos", {@code PAKISTÁN} finds "Pakistan". */
    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
