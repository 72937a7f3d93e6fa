package no.innspill.archive;

/**
 * What of a journal entry is screened (skjerming) from the public journal, and by what law.
 *
 * @param senderName screened: the sender's name («Skjerming navn avsender»)
 * @param titleWords screened: words of the title, which the public title has as {@value #MASK}
 *                   («Skjerming tittel registrering - utvalgte ord»)
 * @param basis      the legal basis (skjermingshjemmel); set exactly when anything is screened
 */
public record Screening(boolean senderName, boolean titleWords, String basis) {

    /** What the public journal shows in place of a screened value. */
    public static final String MASK = "******";

    /** A private person's identity in a response: offentleglova § 13 with forvaltningsloven § 13 (1) nr. 1. */
    public static final String PERSONAL_DETAILS = "Offl. § 13 jf. fvl. § 13 første ledd nr. 1";

    public static final Screening NONE = new Screening(false, false, null);

    /** The name of a private person who asked that it is withheld, and the same name in the title. */
    public static final Screening PRIVATE_SENDER = new Screening(true, true, PERSONAL_DETAILS);

    public Screening {
        if ((senderName || titleWords) != (basis != null)) {
            throw new IllegalArgumentException("A screening has a legal basis exactly when it screens something");
        }
    }

    public boolean any() {
        return senderName || titleWords;
    }
}
