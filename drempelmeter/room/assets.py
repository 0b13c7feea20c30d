"""The only two files the room server serves beside its pages, kept in the code: no folder of
the laptop is ever served."""

#: Large type and touch targets, high contrast (WCAG AAA for the text), readable on an old phone.
STYLE = """\
html { font-family: system-ui, sans-serif; font-size: 118%; line-height: 1.45;
  color: #111; background: #fff; }
body { margin: 0; padding: 0 0.8rem 2rem; }
main { max-width: 40rem; margin: 0 auto; }
h1 { font-size: 1.6rem; margin: 1rem 0 0.6rem; }
p { margin: 0.5rem 0; }
.note { color: #333; }
.prompt { font-size: 1.25rem; font-weight: bold; }
.ok { border-left: 0.4rem solid #0a5c2b; background: #e6f4ea; padding: 0.5rem 0.7rem; }
.problem { border-left: 0.4rem solid #8a0000; background: #fde8e8; padding: 0.5rem 0.7rem;
  font-weight: bold; }
fieldset { border: 2px solid #444; border-radius: 0.4rem; margin: 1rem 0; padding: 0.4rem 0.7rem; }
legend { font-weight: bold; padding: 0 0.3rem; }
.choice { display: flex; align-items: center; min-height: 3rem; gap: 0.6rem;
  border-bottom: 1px solid #ccc; cursor: pointer; }
.choice:last-child { border-bottom: 0; }
input[type=radio] { width: 1.6rem; height: 1.6rem; margin: 0; flex: none; }
.row { display: flex; align-items: center; justify-content: space-between; gap: 0.8rem;
  min-height: 3.2rem; border-bottom: 1px solid #ccc; }
select { font-size: 1.2rem; min-width: 4.5rem; min-height: 2.8rem; }
label { font-weight: normal; }
textarea { display: block; box-sizing: border-box; width: 100%; font: inherit;
  border: 2px solid #444; border-radius: 0.3rem; padding: 0.5rem; margin: 0.4rem 0 0.8rem; }
button { display: block; width: 100%; min-height: 3.4rem; margin: 1.2rem 0; font: inherit;
  font-size: 1.25rem; font-weight: bold; color: #fff; background: #0b3d91; border: 0;
  border-radius: 0.4rem; cursor: pointer; }
form button:last-child { position: sticky; bottom: 0.6rem; box-shadow: 0 0 0 0.6rem #fff; }
html { scroll-padding-bottom: 5.5rem; }
label, select, input, textarea, legend { scroll-margin-bottom: 5.5rem; }
button:focus, input:focus, select:focus, textarea:focus, a:focus {
  outline: 3px solid #c75000; outline-offset: 2px; }
a { color: #0b3d91; }
nav { max-width: 40rem; margin: 1.5rem auto 0; padding-top: 0.8rem; border-top: 1px solid #ccc; }
nav a { display: inline-block; min-height: 2.8rem; line-height: 2.8rem; padding: 0 0.4rem; }
.sent li { margin: 0.3rem 0; }
.status { color: #333; }
"""

#: Live updates on top of the page, which works without them: the count of devices taking
#: part, and a reload once the activity closes. Same origin only (the CSP allows no other).
SCRIPT = """\
"use strict";
(function () {
  var status = document.getElementById("status");
  if (!status || !window.EventSource) { return; }
  var source = new EventSource("events" + window.location.search);
  source.addEventListener("status", function (event) {
    status.textContent = JSON.parse(event.data).text;
  });
  source.addEventListener("closed", function () {
    source.close();
    window.location.reload();
  });
}());
"""
