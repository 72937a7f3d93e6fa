package no.innspill.response;

/** Norwegian organisation numbers (organisasjonsnummer): nine digits, the last a MOD11 check digit. */
public final class OrganisationNumber {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrganisationNumber() {
    }

    /** Drops the spaces people write in ("974 761 211"). */
    public static String normalise(String value) {
        return value == null ? null : value.replace(" ", "").replace("\u00a0", "");
    }

    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("[0-9]{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(8) - '0';
    }
}
