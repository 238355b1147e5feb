package io.rayonne.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method whose every successful call goes into the audit log: who, when, from where,
 * what they did and to what. {@code subject}, {@code label} and {@code detail} are SpEL over the
 * method's parameters by name ({@code #id}) and what it returned ({@code #result}). See
 * docs/decisions/0012-operations.md.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Audited {

    /** What was done, {@code <kind of thing>.<past participle>}: "post.created", "partner.deleted". */
    String value();

    /** The id of what it was done to. */
    String subject();

    /** A name a person recognises (a title, a name), when the method knows it. */
    String label() default "";

    /** Appended to the action ("post.workflow" with detail "APPROVE" is "post.workflow.approve"). */
    String detail() default "";
}
