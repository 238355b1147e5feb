package io.rayonne.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditRecorderTest {

    @Test
    void anIpv6AddressIsShownAsPeopleWriteIt() {
        assertThat(AuditRecorder.compact("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(AuditRecorder.compact("2001:db8:0:0:0:0:2:1")).isEqualTo("2001:db8::2:1");
        assertThat(AuditRecorder.compact("2001:db8:0:1:1:1:1:1")).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(AuditRecorder.compact("fe80:0:0:0:0:0:0:0")).isEqualTo("fe80::");
        assertThat(AuditRecorder.compact("192.168.1.20")).isEqualTo("192.168.1.20");
    }
}
