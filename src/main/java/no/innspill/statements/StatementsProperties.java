package no.innspill.statements;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * What the statements say that differs per body; an unset text leaves out the sentence that needs it
 * or says it in general words.
 *
 * @param bodyName             the body that runs Innspill and is the controller (behandlingsansvarlig)
 * @param accessibilityEmail   where people report an accessibility problem
 * @param privacyEmail         where people ask about their personal data
 * @param dataProtectionOfficer the data protection officer (personvernombud): a name, an address, or both
 * @param statementDate        when the statements were last checked and updated
 */
@ConfigurationProperties("innspill.statements")
record StatementsProperties(
        String bodyName,
        String accessibilityEmail,
        String privacyEmail,
        String dataProtectionOfficer,
        @DefaultValue("2026-12-01") LocalDate statementDate) {

    StatementsProperties {
        bodyName = blankAsNull(bodyName);
        accessibilityEmail = blankAsNull(accessibilityEmail);
        privacyEmail = blankAsNull(privacyEmail);
        dataProtectionOfficer = blankAsNull(dataProtectionOfficer);
    }

    private static String blankAsNull(String text) {
        return StringUtils.hasText(text) ? text.strip() : null;
    }
}
