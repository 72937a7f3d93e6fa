/**
 * The statements a Norwegian public service must publish: the accessibility statement
 * (tilgjengelighetserklæring) and the privacy statement (personvernerklæring), linked from every
 * page's footer. Their texts are the bundles'; what differs per body comes from
 * {@code innspill.statements.*}.
 */
@ApplicationModule(allowedDependencies = {"platform"})
package no.innspill.statements;

import org.springframework.modulith.ApplicationModule;
