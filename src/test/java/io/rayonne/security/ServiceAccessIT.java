package io.rayonne.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.rayonne.accounts.Role;
import io.rayonne.testing.IntegrationTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;

/**
 * Every public method of every service that guards itself, called as every kind of person: who may
 * call it is read from its annotations the way Spring Security reads them, and every refusal is
 * then checked on the real bean (the call is made and must be refused before it does anything).
 * The matrix is printed; the policy asserted is the one people rely on: anonymous visitors reach
 * only what the public pages need, guides only their portraits, their photos and what every
 * signed-in person has, and only administrators the administration.
 */
class ServiceAccessIT extends IntegrationTest {

    /**
     * What the public pages call for a visitor who has not signed in: the press kit behind its link
     * (its photos, files and PDF, the clock its embargo is read against) and the calendar feed
     * behind its token; each checks the link or token itself.
     */
    static final Set<String> PUBLIC = Set.of(
            "PressKits.open",
            "PressKits.photoFile",
            "PressKits.attachment",
            "PressKits.pdf",
            "PressKits.now",
            "Photos.published",
            "Photos.file",
            "CalendarFeeds.ics");

    /**
     * The callers whose every call is made, not only those the annotations refuse: a method may
     * refuse them itself after its annotation let them in (arguments are nulls and zeros, which
     * is why the callers who may do much, and could change things, are not called that way).
     */
    static final Set<String> CALLED = Set.of("anonymous", "GUIDE");

    /** What a guide may call beyond what every signed-in person may: their own portraits and photos. */
    static final Set<String> GUIDE_OWN_WORK_CLASSES = Set.of("Portraits", "Photos", "Series");

    /**
     * Not guarded, on purpose: called by other services after their own checks (the search index
     * every feature writes to, the offices and people they look up) and by Rayonne's own start
     * (the first administrator, the sample content, the backup settings of the schedule). No page
     * reaches them for a visitor.
     */
    static final Set<String> INTERNAL = Set.of(
            "Accounts.anyUser",
            "Accounts.loginExists",
            "Accounts.networkOf",
            "Accounts.networks",
            "Accounts.office",
            "Accounts.offices",
            "Accounts.readableOffices",
            "Accounts.register",
            "Accounts.registerNetwork",
            "Accounts.registerOffice",
            "Backups.settings",
            "ElasticsearchSearch.flush",
            "ElasticsearchSearch.load",
            "ElasticsearchSearch.put",
            "ElasticsearchSearch.putAll",
            "ElasticsearchSearch.refill",
            "ElasticsearchSearch.remove");

    /**
     * What every signed-in person may call, a guide included: their inbox, their colleagues (the
     * office page), the search (which filters by reader), and the questions screens ask before
     * showing a button ("may I write this?"), which answer no to a guide.
     */
    static final Set<String> SIGNED_IN = Set.of(
            "Accounts.team",
            "Inbox.markAllRead",
            "Inbox.markRead",
            "Inbox.mine",
            "Inbox.unread",
            "ElasticsearchSearch.search",
            "ElasticsearchSearch.suggest",
            "KeyFigures.mayEnter",
            "KeyFigures.thisMonth",
            "Partners.mayWrite",
            "PostComments.seesReviewerNotes",
            "Posts.mayReview",
            "PressKits.canEdit",
            "PressVisits.canCreate",
            "PressVisits.canEdit",
            "Segments.mayWrite");

    /** Services no one but an administrator may call, whatever their method. */
    static final Set<String> ADMINISTRATION =
            Set.of("Backups", "IndexRebuilds", "AuditTrail", "PersonalDataRequests", "MailAdministration");

    /** Anonymous, then every role. */
    private static final List<String> CALLERS = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("anonymous"),
                    Arrays.stream(Role.values()).map(Role::name))
            .toList();

    @Autowired
    ApplicationContext context;

    private final List<AuthorizationManager<MethodInvocation>> rules =
            List.of(new PreAuthorizeAuthorizationManager(), new Jsr250AuthorizationManager());

    @Test
    void everyServiceCallAgainstEveryRole() throws Exception {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        List<String> notRefused = new ArrayList<>();
        List<String> stopped = new ArrayList<>();
        Set<String> searchSources = new TreeSet<>();
        int refusals = 0;
        int calls = 0;
        for (Object bean : guardedServices()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            for (Method method : publicMethods(type)) {
                String name = type.getSimpleName() + "." + method.getName();
                if (io.rayonne.search.SearchSource.class.isAssignableFrom(type)
                        && Set.of("entries", "type").contains(method.getName())) {
                    searchSources.add(name); // what a feature gives the search index to refill it
                }
                allowed.putIfAbsent(name, new TreeSet<>());
                for (String caller : CALLERS) {
                    Authentication who = authentication(caller);
                    boolean annotated = permits(who, bean, method);
                    if (!annotated || CALLED.contains(caller)) {
                        calls++;
                        Outcome outcome = callOnTheBean(who, bean, method);
                        if (!annotated && outcome != Outcome.REFUSED) {
                            notRefused.add(name + " as " + caller);
                        }
                        if (outcome == Outcome.REFUSED) {
                            refusals++;
                            continue;
                        }
                        if (outcome == Outcome.STOPPED) {
                            stopped.add(name + " as " + caller);
                            continue;
                        }
                    }
                    allowed.get(name).add(caller);
                }
            }
        }
        print(allowed, calls, refusals);
        System.out.printf(
                "%d calls as anonymous or guide stopped on their empty arguments before answering (not counted as"
                        + " allowed; the screens' matrix and the features' tests try those with real ids)%n",
                stopped.size());

        assertThat(notRefused)
                .as("calls the annotations refuse but the bean ran")
                .isEmpty();
        Set<String> publicOrInternal = new TreeSet<>(PUBLIC);
        publicOrInternal.addAll(INTERNAL);
        publicOrInternal.addAll(searchSources);
        assertThat(callableBy("anonymous", allowed))
                .as("what anonymous visitors may call")
                .isSubsetOf(publicOrInternal);
        assertThat(callableBy("GUIDE", allowed))
                .as("what a guide may call: their own work, what every signed-in person may, the public pages")
                .allSatisfy(name -> assertThat(GUIDE_OWN_WORK_CLASSES.contains(className(name))
                                || SIGNED_IN.contains(name)
                                || publicOrInternal.contains(name))
                        .as(name)
                        .isTrue());
        for (String caller : List.of("anonymous", "GUIDE", "COMMUNICATION", "PRESS")) {
            assertThat(callableBy(caller, allowed))
                    .as("administration called by " + caller)
                    .noneMatch(name -> ADMINISTRATION.contains(className(name)) && !INTERNAL.contains(name));
        }
        assertThat(allowed.keySet())
                .as("the administration is among the services checked")
                .anyMatch(name -> className(name).equals("Backups"))
                .anyMatch(name -> className(name).equals("PersonalDataRequests"));
    }

    /** Beans of Rayonne's packages with a method-security annotation on the class or a method. */
    private List<Object> guardedServices() {
        List<Object> services = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> declared = context.getType(name);
            if (declared == null || !declared.getName().startsWith("io.rayonne.")) {
                continue;
            }
            Object bean = context.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (guarded(type) || Arrays.stream(type.getDeclaredMethods()).anyMatch(ServiceAccessIT::guarded)) {
                services.add(bean);
            }
        }
        services.sort(Comparator.comparing(b -> AopUtils.getTargetClass(b).getSimpleName()));
        return services;
    }

    private static boolean guarded(java.lang.reflect.AnnotatedElement element) {
        return element.isAnnotationPresent(org.springframework.security.access.prepost.PreAuthorize.class)
                || element.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class)
                || element.isAnnotationPresent(jakarta.annotation.security.PermitAll.class)
                || element.isAnnotationPresent(jakarta.annotation.security.DenyAll.class);
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
                .toList();
    }

    private boolean permits(Authentication who, Object bean, Method method) {
        MethodInvocation call = new SimpleMethodInvocation(bean, method, defaults(method));
        Supplier<Authentication> authentication = () -> {
            if (who == null) {
                throw new AuthenticationCredentialsNotFoundException("nobody signed in");
            }
            return who;
        };
        for (AuthorizationManager<MethodInvocation> rule : rules) {
            try {
                AuthorizationResult result = rule.authorize(authentication, call);
                if (result != null && !result.isGranted()) {
                    return false;
                }
            } catch (AuthenticationCredentialsNotFoundException e) {
                return false;
            }
        }
        return true;
    }

    /** What a call with empty arguments did: refused, answered, or stopped on its arguments. */
    enum Outcome {
        REFUSED,
        RETURNED,
        STOPPED
    }

    private static Outcome callOnTheBean(Authentication who, Object bean, Method method) throws Exception {
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(who);
        SecurityContextHolder.setContext(security);
        try {
            method.setAccessible(true); // a public method of a package-private class
            method.invoke(bean, defaults(method));
            return Outcome.RETURNED;
        } catch (InvocationTargetException e) {
            return e.getCause() instanceof AccessDeniedException
                            || e.getCause() instanceof AuthenticationCredentialsNotFoundException
                    ? Outcome.REFUSED
                    : Outcome.STOPPED;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static final Map<Class<?>, Object> PRIMITIVES =
            Map.of(boolean.class, false, int.class, 0, long.class, 0L, double.class, 0.0, float.class, 0f);

    /** Arguments that do nothing: nulls, and zeros for primitives. */
    private static Object[] defaults(Method method) {
        Object[] arguments = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            arguments[i] = PRIMITIVES.get(types[i]);
        }
        return arguments;
    }

    /** A sample person of the role, signed in as the application signs people in (their login). */
    private static Authentication authentication(String caller) {
        if (caller.equals("anonymous")) {
            return null;
        }
        Role role = Role.valueOf(caller);
        String login =
                switch (role) {
                    case ADMIN -> "nadia";
                    case COMMUNICATION -> "camille";
                    case PRESS -> "hugo";
                    case GUIDE -> "lea";
                };
        return UsernamePasswordAuthenticationToken.authenticated(
                login, null, List.of(new SimpleGrantedAuthority(role.authority())));
    }

    private static Set<String> callableBy(String caller, Map<String, Set<String>> allowed) {
        Set<String> names = new TreeSet<>();
        allowed.forEach((name, callers) -> {
            if (callers.contains(caller)) {
                names.add(name);
            }
        });
        return names;
    }

    private static String className(String name) {
        return name.substring(0, name.indexOf('.'));
    }

    private static void print(Map<String, Set<String>> allowed, int calls, int refusals) {
        System.out.println("=== Service calls × roles (✓ may call, · refused) ===");
        System.out.printf(
                "%-52s %s%n",
                "",
                String.join(" ", CALLERS.stream().map(c -> c.substring(0, 4)).toList()));
        allowed.forEach((name, callers) -> System.out.printf(
                "%-52s %s%n",
                name,
                String.join(
                        "    ",
                        CALLERS.stream()
                                .map(c -> callers.contains(c) ? "✓" : "·")
                                .toList())));
        System.out.printf(
                "%d methods × %d callers; %d calls made on the beans, %d of them refused%n",
                allowed.size(), CALLERS.size(), calls, refusals);
    }
}
