package no.innspill.archive.noark5;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Noark 5 extract.
 *
 * @param noark5Schemas a directory with Arkivverket's schemas in the layout {@code N5-v5.0/*.xsd} and
 *                      {@code ADDML-v8.3/addml.xsd}; Innspill keeps no copy of them. Without it the extract is refused
 * @param creatorId     the arkivskaperID of the extracts (the body's organisation number or archive code); the
 *                      consultation's owner when not set
 */
@ConfigurationProperties("innspill.archive")
record Noark5Properties(Path noark5Schemas, String creatorId) {
}
