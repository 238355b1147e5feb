// Rayonne's editorial calendar: FullCalendar (MIT packages from the npm registry) in a custom
// element driven by the server (io.rayonne.calendar.ui.CalendarComponent).
//
// Times are "floating": the server sends each post's Paris wall-clock time without an offset and
// the calendar runs in UTC, so what is shown, dragged and sent back is always the Paris local time,
// whatever the browser's zone, and a post at 10:00 stays at 10:00 across the daylight-saving change.
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import listPlugin from '@fullcalendar/list';
import interactionPlugin from '@fullcalendar/interaction';
import frLocale from '@fullcalendar/core/locales/fr';
import enGbLocale from '@fullcalendar/core/locales/en-gb';

// The server's names of the views, and FullCalendar's: custom names, as 'list' alone would be
// FullCalendar's one-day list.
const VIEWS = { month: 'rayonneMonth', week: 'rayonneWeek', list: 'rayonneList' };
const CODES = Object.fromEntries(Object.entries(VIEWS).map(([code, name]) => [name, code]));

class RayonneCalendar extends HTMLElement {
  connectedCallback() {
    if (this.calendar) {
      return;
    }
    const host = document.createElement('div');
    host.className = 'rayonne-calendar-host';
    this.appendChild(host);
    // Properties are set by the server before the element is attached.
    this.calendar = new Calendar(host, {
      plugins: [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin],
      locales: [frLocale, enGbLocale],
      locale: this.language === 'en' ? 'en-gb' : 'fr',
      timeZone: 'UTC',
      now: this.now || undefined,
      initialView: VIEWS[this.view] || VIEWS.month,
      initialDate: this.date || undefined,
      firstDay: 1,
      headerToolbar: { left: 'prev,next today', center: 'title', right: 'rayonneMonth,rayonneWeek,rayonneList' },
      views: {
        rayonneMonth: { type: 'dayGridMonth', buttonText: this.labels?.month },
        // An hour a row: the whole day fits on one screen, a post is placed to the quarter hour.
        rayonneWeek: {
          type: 'timeGridWeek',
          buttonText: this.labels?.week,
          slotDuration: '01:00:00',
          defaultTimedEventDuration: '01:00:00',
          allDaySlot: false,
        },
        rayonneList: { type: 'listMonth', buttonText: this.labels?.list },
      },
      height: 'auto',
      dayMaxEvents: 4,
      eventDisplay: 'block',
      nowIndicator: true,
      scrollTime: '08:00:00',
      snapDuration: '00:15:00',
      defaultTimedEventDuration: '00:30:00',
      displayEventEnd: false,
      eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      editable: true,
      eventDurationEditable: false,
      eventStartEditable: true,
      noEventsText: this.labels?.empty,
      events: (info, success, failure) => {
        this.$server
          .events(info.startStr.substring(0, 10), info.endStr.substring(0, 10))
          .then((json) => success(JSON.parse(json)))
          .catch((e) => failure(e));
      },
      datesSet: (info) => {
        this.silenceIcons();
        const type = CODES[info.view.type] || 'month';
        // The middle of the range names the month shown, whatever the view's padding days.
        const middle = new Date((info.start.getTime() + info.end.getTime()) / 2);
        this.$server.shown(type, middle.toISOString().substring(0, 10));
      },
      eventDrop: (info) => {
        const to = info.event.startStr.substring(0, 19);
        this.$server
          .move(info.event.id, to, info.event.allDay)
          .then((moved) => {
            if (!moved) {
              info.revert();
            }
          })
          .catch(() => info.revert());
      },
      eventClick: (info) => {
        info.jsEvent.preventDefault();
        this.$server.open(info.event.id);
      },
      dateClick: (info) => {
        this.$server.create(info.dateStr.substring(0, 19), info.allDay);
      },
      eventContent: (arg) => this.content(arg),
      eventDidMount: (arg) => {
        const p = arg.event.extendedProps;
        arg.el.setAttribute('data-post', arg.event.id);
        arg.el.setAttribute('data-status', p.status);
        arg.el.title = [arg.event.title, p.statusLabel, p.channelLabels, p.officeName].filter((s) => s).join(' · ');
      },
    });
    this.calendar.render();
  }

  /** The toolbar's arrows are named by their button's title: their icons are decoration. */
  silenceIcons() {
    this.querySelectorAll('.fc-icon').forEach((icon) => {
      icon.removeAttribute('role');
      icon.setAttribute('aria-hidden', 'true');
    });
  }

  /** Time, channels as short badges, title, and the status as a word (not only a colour). */
  content(arg) {
    const p = arg.event.extendedProps;
    const box = document.createElement('div');
    box.className = 'rayonne-post-event';
    const line = document.createElement('div');
    line.className = 'rayonne-post-event-line';
    if (arg.timeText) {
      const time = document.createElement('span');
      time.className = 'rayonne-post-event-time';
      time.textContent = arg.timeText;
      line.appendChild(time);
    }
    for (const c of p.channels || []) {
      const badge = document.createElement('span');
      badge.className = 'rayonne-post-event-channel';
      badge.textContent = c;
      line.appendChild(badge);
    }
    box.appendChild(line);
    const title = document.createElement('div');
    title.className = 'rayonne-post-event-title';
    title.textContent = arg.event.title;
    box.appendChild(title);
    const status = document.createElement('div');
    status.className = 'rayonne-post-event-status';
    status.textContent = [p.statusLabel, p.officeName].filter((s) => s).join(' · ');
    box.appendChild(status);
    return { domNodes: [box] };
  }

  /** Asks the server again for the posts shown (after a filter or a save). */
  refetch() {
    this.calendar?.refetchEvents();
  }

  showView(view, date) {
    if (!this.calendar) {
      return;
    }
    this.calendar.changeView(VIEWS[view] || VIEWS.month, date || undefined);
  }
}

customElements.define('rayonne-calendar', RayonneCalendar);
