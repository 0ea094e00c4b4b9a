package org.cmikg.cli;

import java.util.List;

import org.cmikg.server.federation.FederationPolicy;
import org.cmikg.server.federation.ServiceRefusedException;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Which endpoints {@code SERVICE} may call: shared by {@code serve} and {@code query}, so both obey the same allow-list. */
final class FederationOptions {
    @Spec(Spec.Target.MIXEE) CommandSpec spec;

    @Option(names = "--service-allow", paramLabel = "URL", defaultValue = FederationPolicy.WIKIDATA,
            description = {"SPARQL endpoints that SERVICE may call (repeatable; anything else is refused). "
                    + "An empty value (--service-allow '') disables SERVICE. Default: ${DEFAULT-VALUE}"})
    List<String> serviceAllow;

    /** The allow-list, or a usage error naming the option. */
    FederationPolicy policy() {
        try {
            return FederationPolicy.allowing(serviceAllow.stream().filter(u -> !u.isBlank()).toList());
        } catch (ServiceRefusedException e) {
            throw new ParameterException(spec.commandLine(), "--service-allow: " + e.getMessage());
        }
    }
}
