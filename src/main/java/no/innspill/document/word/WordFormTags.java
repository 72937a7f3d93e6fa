package no.innspill.document.word;

/**
 * The names that tie the Word form to its reader: content-control tags, the placeholder and the
 * property that records the case number. Changing one breaks reading forms already sent out.
 */
final class WordFormTags {

    static final String RESPONDENT_NAME = "respondent.name";
    static final String RESPONDENT_ORGANISATION_NUMBER = "respondent.organisationNumber";
    static final String RESPONDENT_EMAIL = "respondent.email";
    static final String RESPONDENT_CONTACT_NAME = "respondent.contactName";
    static final String RESPONDENT_CONTACT_PHONE = "respondent.contactPhone";
    /** The respondent kinds, each a check box {@code respondent.kind.organisation}, {@code respondent.kind.person}. */
    static final java.util.List<String> RESPONDENT_KINDS = java.util.List.of("organisation", "person");

    /** A private person's choice of name, each a check box {@code publication.name.publish}, {@code publication.name.withhold}. */
    static final java.util.List<String> PUBLICATION_NAMES = java.util.List.of("publish", "withhold");
    /** The check box ticked when the response is not to be published online. */
    static final String PUBLICATION_ONLINE = "publication.online";
    static final String PUBLICATION_REASON = "publication.reason";

    /** The check box of one option: {@code q1.choice.yes}. */
    static final String CHOICE = ".choice.";

    /** Word's character style for placeholder text, which our grey placeholder uses. */
    static final String PLACEHOLDER_STYLE = "PlaceholderText";

    /** The building block in the glossary that holds the placeholder Word restores when a control is emptied. */
    static final String PLACEHOLDER_DOC_PART = "InnspillPlaceholder";

    /** A custom document property holding the case number (22/414), kept by Word when the respondent saves. */
    static final String CASE_NUMBER_PROPERTY = "InnspillCaseNumber";

    private WordFormTags() {
    }

    static String respondentKind(String kind) {
        return "respondent.kind." + kind;
    }

    static String publicationName(String choice) {
        return "publication.name." + choice;
    }

    static String choice(String questionId, String optionId) {
        return questionId + CHOICE + optionId;
    }
}
