package io.rayonne.observatoire;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.User;
import io.rayonne.base.Futures;
import io.rayonne.calendar.PostStatistics;
import io.rayonne.calendar.Posts;
import io.rayonne.newsletter.BulletinStatistics;
import io.rayonne.newsletter.Campaigns;
import io.rayonne.portraits.PortraitStatus;
import io.rayonne.portraits.Portraits;
import io.rayonne.press.Coverage;
import io.rayonne.press.PressStatistics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;

/**
 * The dashboards of an office or of several offices of a network: each feature counts its part
 * with Elasticsearch's aggregations, all parts at once, within a deadline.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Dashboards {

    private final Posts posts;
    private final Portraits portraits;
    private final Coverage coverage;
    private final Campaigns campaigns;
    private final KeyFigures keyFigures;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final ObservatoireSettings settings;
    /** The counting threads; each carries the identity of the person who asked. */
    private final ExecutorService counting = Executors.newFixedThreadPool(6, r -> {
        Thread t = new Thread(r, "dashboard-count");
        t.setDaemon(true);
        return t;
    });

    Dashboards(
            Posts posts,
            Portraits portraits,
            Coverage coverage,
            Campaigns campaigns,
            KeyFigures keyFigures,
            Accounts accounts,
            CurrentUser currentUser,
            ObservatoireSettings settings) {
        this.posts = posts;
        this.portraits = portraits;
        this.coverage = coverage;
        this.campaigns = campaigns;
        this.keyFigures = keyFigures;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.settings = settings;
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        counting.shutdownNow();
    }

    /**
     * The dashboard of these offices (those the person reads) over the period, beside the same months
     * a year earlier.
     *
     * @throws DashboardTooSlowException when Elasticsearch has not answered within the deadline
     */
    public Dashboard of(Collection<String> officeIds, Period period) {
        User user = currentUser.require();
        if (!user.isStaff()) {
            throw new AccessDeniedException("Dashboards are for the team");
        }
        Set<String> readable = accounts.readableOffices(user);
        List<String> offices =
                officeIds.stream().filter(readable::contains).distinct().toList();
        String listOwner = offices.isEmpty() ? user.officeId() : offices.get(0);
        var work = new DelegatingSecurityContextExecutorService(counting);
        List<CompletableFuture<?>> parts = new ArrayList<>();
        var now = new Parts(offices, period, work, parts);
        var before = new Parts(offices, period.yearBefore(), work, parts);
        CompletableFuture<Map<PortraitStatus, Long>> pipeline =
                add(parts, CompletableFuture.supplyAsync(() -> portraits.pipeline(offices), work));
        try {
            CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
                    .get(settings.dashboardDeadline().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parts.forEach(p -> p.cancel(true));
            throw new DashboardTooSlowException(settings.dashboardDeadline(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while counting", e);
        } catch (ExecutionException e) {
            // the part's own failure (the store down, a right missing) is thrown below, as it was
        }
        return new Dashboard(
                offices, keyFigures.figures(listOwner), now.figures(), before.figures(), Futures.result(pipeline));
    }

    /** One period's counts, asked for at once. */
    private final class Parts {
        private final Period period;
        private final CompletableFuture<PostStatistics> posts;
        private final CompletableFuture<PressStatistics> press;
        private final CompletableFuture<BulletinStatistics> bulletins;
        private final CompletableFuture<KeyFigureValues> figures;

        Parts(List<String> offices, Period period, ExecutorService work, List<CompletableFuture<?>> parts) {
            this.period = period;
            posts = add(
                    parts,
                    supply(() -> Dashboards.this.posts.statistics(offices, period.from(), period.toExcluded()), work));
            press = add(parts, supply(() -> coverage.statistics(offices, period.from(), period.lastDay()), work));
            bulletins =
                    add(parts, supply(() -> campaigns.statistics(offices, period.from(), period.toExcluded()), work));
            figures = add(parts, supply(() -> keyFigures.values(offices, period.first(), period.last()), work));
        }

        Dashboard.Figures figures() {
            return new Dashboard.Figures(
                    period,
                    Futures.result(posts),
                    Futures.result(press),
                    Futures.result(bulletins),
                    Futures.result(figures));
        }
    }

    private static <T> CompletableFuture<T> supply(Supplier<T> part, ExecutorService work) {
        return CompletableFuture.supplyAsync(part, work);
    }

    private static <T> CompletableFuture<T> add(List<CompletableFuture<?>> parts, CompletableFuture<T> part) {
        parts.add(part);
        return part;
    }
}
