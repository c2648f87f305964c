/**
 * A short committee session for the minutes feature: the Teams online meeting, its VTT
 * transcript (Teams quirks included: cue id lines, unpadded timestamps, a cue spanning lines,
 * an HTML entity, overlapping cues out of time order), the attendance report and the calendar
 * event with the agenda in its body. Written for this project.
 */

export const MEETING_CHAT_ID = '19:meeting_ZmluYW56YXVzc2NodXNzMTI@thread.v2';
export const MEETING_JOIN_URL =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmluYW56YXVzc2NodXNzMTI%40thread.v2/0?context=%7b%22Tid%22%3a%2211111111-2222-3333-4444-555555555555%22%2c%22Oid%22%3a%22a0000000-0000-4000-8000-00000000a001%22%7d';
export const MEETING_ID = 'MSphMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMGEwMDEqMCoqMTk6bWVldGluZ19abWx1WVc1NllYVnpjMk5vZFhOek1USUB0aHJlYWQudjI=';
export const MEETING_EVENT_ID = 'AAMkAGFubmEtZXZlbnQtZmluYW56YXVzc2NodXNzLTEy';
export const TRANSCRIPT_ID = 'MSMjMCMjZmluYW56YXVzc2NodXNzLTEyLXRyYW5zY3JpcHQ=';
export const ATTENDANCE_REPORT_ID = 'c9b6db1c-d5eb-427d-a5c0-20088d9b22d7';

const U = 'b2f6c1de-7a0e-4c1a-9a57-3f0c2d7e1a11';

/** The transcript as Teams delivers it with `$format=text/vtt`. */
export const TRANSCRIPT_VTT = `WEBVTT

${U}/1-0
00:00:02.000 --> 00:00:09.500
<v Anna Schmitz>Guten Abend, ich eröffne die 12. Sitzung des Finanzausschusses um 17:03 Uhr und stelle die ordnungsgemäße Einladung fest.</v>

${U}/2-0
00:00:10.000 --> 00:00:16.000
<v Anna Schmitz>Wir kommen zu Tagesordnungspunkt 1, Genehmigung der Niederschrift der 11. Sitzung. Gibt es Einwände? Das ist nicht der Fall.</v>

${U}/3-0
00:00:16.500 --> 00:00:21.000
<v Anna Schmitz>Die Niederschrift ist damit einstimmig genehmigt.</v>

${U}/4-0
0:0:22.0 --> 0:0:31.0
<v Anna Schmitz>Wir kommen zu TOP 2, Bericht der Kämmerei zur Haushaltssperre.
Herr Keller, bitte.</v>

${U}/5-0
0:0:32.0 --> 0:0:48.5
<v Bernd Keller>Vielen Dank. Die Haushaltssperre gilt ab dem 1. Dezember. Ausnahmen genehmigt die Kämmerei auf Antrag &amp; nur bei rechtlicher Verpflichtung.</v>

${U}/7-0
0:0:52.0 --> 0:0:55.0
<v Anna Schmitz>Der Ausschuss nimmt den Bericht zur Kenntnis.</v>

${U}/6-0
0:0:49.0 --> 0:0:53.0
<v Dr. Petra Hahn>Wir bitten um eine Übersicht der betroffenen Zuschüsse.</v>

${U}/8-0
0:1:0.0 --> 0:1:12.0
<v Anna Schmitz>Tagesordnungspunkt 3, Antrag der Fraktion B zur Sanierung der Turnhalle Nord. Wer stimmt dem Antrag zu? Elf dafür, zwei dagegen, eine Enthaltung. Der Antrag ist angenommen.</v>

${U}/9-0
0:1:13.0 --> 0:1:20.0
<v Anna Schmitz>Wir kommen zum nichtöffentlichen Teil. Ich bitte die Zuhörerinnen und Zuhörer, den Raum zu verlassen.</v>

${U}/10-0
0:1:21.0 --> 0:1:33.0
<v Anna Schmitz>TOP 4, Grundstücksangelegenheit Flurstück 123. Herr Dr. Brandt erklärt sich für befangen und nimmt an Beratung und Abstimmung nicht teil. Der Verkauf wird einstimmig beschlossen.</v>

${U}/11-0
0:1:34.0 --> 0:1:38.0
<v Anna Schmitz>Ich schließe die Sitzung um 18:41 Uhr.</v>
`;

/** The same transcript without speakers: what `application/vnd.microsoft.graph.transcript+text` gives. */
export const TRANSCRIPT_UNATTRIBUTED = TRANSCRIPT_VTT.replace(/<v [^>]*>/g, '').replace(/<\/v>/g, '');

export const MEETING_EVENT_BODY_HTML = `<html><body>
<p>Einladung zur 12. Sitzung des Finanzausschusses</p>
<p>Tagesordnung</p>
<p>Öffentlicher Teil</p>
<ol>
<li>TOP 1 Genehmigung der Niederschrift der 11. Sitzung</li>
<li>TOP 2 Bericht der Kämmerei zur Haushaltssperre</li>
<li>TOP 3 Antrag der Fraktion B: Sanierung der Turnhalle Nord (Drucksache 0815/2026)</li>
</ol>
<p>Nichtöffentlicher Teil</p>
<ol start="4"><li>TOP 4 Grundstücksangelegenheit Flurstück 123</li></ol>
</body></html>`;

/** attendanceRecord objects as Graph returns them. */
export const ATTENDANCE_RECORDS = [
  {
    emailAddress: 'anna.schmitz@rathaus-beispiel.de',
    totalAttendanceInSeconds: 5880,
    role: 'Organizer',
    identity: { id: 'a0000000-0000-4000-8000-00000000a001', displayName: 'Anna Schmitz', tenantId: '11111111-2222-3333-4444-555555555555' },
    attendanceIntervals: [{ joinDateTime: '2026-11-19T16:00:12Z', leaveDateTime: '2026-11-19T17:38:12Z', durationInSeconds: 5880 }],
  },
  {
    emailAddress: 'bernd.keller@rathaus-beispiel.de',
    totalAttendanceInSeconds: 5700,
    role: 'Presenter',
    identity: { id: 'b0000000-0000-4000-8000-00000000b002', displayName: 'Bernd Keller', tenantId: '11111111-2222-3333-4444-555555555555' },
    attendanceIntervals: [{ joinDateTime: '2026-11-19T16:03:00Z', leaveDateTime: '2026-11-19T17:38:00Z', durationInSeconds: 5700 }],
  },
  {
    emailAddress: 'petra.hahn@rathaus-beispiel.de',
    totalAttendanceInSeconds: 2400,
    role: 'Attendee',
    identity: { id: 'c0000000-0000-4000-8000-00000000c003', displayName: 'Dr. Petra Hahn', tenantId: '11111111-2222-3333-4444-555555555555' },
    attendanceIntervals: [{ joinDateTime: '2026-11-19T16:45:00Z', leaveDateTime: '2026-11-19T17:25:00Z', durationInSeconds: 2400 }],
  },
];
