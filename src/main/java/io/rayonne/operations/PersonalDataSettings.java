package io.rayonne.operations;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The retention rule.
 *
 * @param inactiveAfter how long after their last sign of life people are due for erasure: a contact
 *     after unsubscribing or being blocked, a journalist after their record last changed with no
 *     press visit since (three years, the CNIL's reference for professional contacts)
 */
@ConfigurationProperties("rayonne.personal-data")
public record PersonalDataSettings(@DefaultValue("P3Y") Period inactiveAfter) {}
