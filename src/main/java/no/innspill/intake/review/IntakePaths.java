package no.innspill.intake.review;

/** Where the intake pages are, for the controllers' mappings and redirects. */
final class IntakePaths {

    static final String BASE = "/saksbehandler/horinger/{slug}/innkommende";

    private IntakePaths() {
    }

    static String list(String slug) {
        return "/saksbehandler/horinger/" + slug + "/innkommende";
    }

    static String item(String slug, long id) {
        return list(slug) + "/" + id;
    }
}
