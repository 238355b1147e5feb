package io.rayonne;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules reach each other only through their API packages, without cycles. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }
}
