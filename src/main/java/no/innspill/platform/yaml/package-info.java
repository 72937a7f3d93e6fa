/** Reading untrusted YAML as a node tree with every error named by field and line; shared by the modules that read definitions. */
@NamedInterface("yaml")
package no.innspill.platform.yaml;

import org.springframework.modulith.NamedInterface;
