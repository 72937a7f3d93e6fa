package no.innspill.form;

/**
 * One version of a stored form: what a consultation points at, and what a response records it
 * answered. Versions never change once stored; a changed form is a new version.
 */
public record FormRef(long formId, int version) {

    public FormRef {
        if (version < 1) {
            throw new IllegalArgumentException("Form versions start at 1");
        }
    }

    public FormRef withVersion(int otherVersion) {
        return new FormRef(formId, otherVersion);
    }
}
