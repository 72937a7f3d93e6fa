package no.innspill.analysis;

/** What the consulting body does with an input (innspill), as the høringsnotat says it. */
public enum Disposition {
    /** tatt til følge */
    ADOPTED,
    /** delvis tatt til følge */
    PARTLY_ADOPTED,
    /** ikke tatt til følge */
    NOT_ADOPTED,
    /** tatt til orientering */
    NOTED;

    /** The message bundle key of its name: {@code coding.disposition.adopted} and so on. */
    public String messageKey() {
        return "coding.disposition." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
