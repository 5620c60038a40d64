// Progressive enhancement for the stylist pages. Without it every page still works through plain forms
// and links; with it outfits stream in as they are decided and swaps and votes happen in place.
"use strict";

const csrfToken = () => document.querySelector('meta[name="csrf-token"]')?.content || "";

// Read a text/event-stream response body and call onEvent(name, data) for each event.
async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, "\n");
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let name = "message";
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) name = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      if (data.length) onEvent(name, JSON.parse(data.join("\n")));
    }
  }
}

function showProblem(target, message) {
  const p = document.createElement("p");
  p.className = "field-error";
  p.setAttribute("role", "alert");
  p.textContent = message;
  target.replaceChildren(p);
}

async function streamOutfits(container) {
  const note = document.getElementById("answer-note");
  const loading = document.getElementById("loading");
  try {
    const response = await fetch("/outfits/stream", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream", "X-CSRF-Token": csrfToken() },
      body: container.dataset.stream,
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      showProblem(note, problem.detail || `The stylist could not answer (${response.status}). Please try again.`);
      return;
    }
    await readEvents(response, (name, data) => {
      if (name === "outfit") {
        container.insertAdjacentHTML("beforeend", data.html);
        enhance(container.lastElementChild);
      } else if (name === "done") {
        note.innerHTML = data.html;
      } else if (name === "error") {
        showProblem(note, data.message);
      }
    });
  } catch (error) {
    showProblem(note, "The connection was lost before the outfits arrived. Please try again.");
  } finally {
    if (loading) loading.remove();
    container.setAttribute("aria-busy", "false");
  }
}

async function postFragment(form, extraHeaders, submitter) {
  const body = new URLSearchParams(new FormData(form, submitter));
  return fetch(form.action, {
    method: "POST",
    headers: { "X-Fragment": "1", ...extraHeaders },
    body,
  });
}

// Wire the swap and feedback forms and the copy-link button of one outfit card.
function enhance(card) {
  if (!card || !card.classList.contains("outfit")) return;
  for (const form of card.querySelectorAll("form.swap")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      card.classList.add("busy");
      const response = await postFragment(form, { "X-Outfit-Number": card.dataset.number || "1" });
      const html = await response.text();
      if (response.ok) {
        card.insertAdjacentHTML("afterend", html);
        const fresh = card.nextElementSibling;
        card.remove();
        enhance(fresh);
        fresh.querySelector(".why").focus?.();
      } else {
        card.classList.remove("busy");
        card.querySelector(".outfit-items").insertAdjacentHTML("afterend", html);
      }
    });
  }
  const feedback = card.querySelector("form.feedback");
  if (feedback) {
    feedback.addEventListener("submit", async (event) => {
      event.preventDefault();
      const response = await postFragment(feedback, {}, event.submitter);
      if (response.ok) feedback.outerHTML = await response.text();
    });
  }
  const copy = card.querySelector(".copy-link");
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", async () => {
      await navigator.clipboard.writeText(new URL(copy.dataset.url, location.href).href);
      copy.textContent = "Link copied";
    });
  }
}

async function loadFragment(container) {
  try {
    const response = await fetch(container.dataset.src, { headers: { "X-Fragment": "1" } });
    container.innerHTML = response.ok ? await response.text()
      : '<p class="empty">No outfits around this piece right now.</p>';
    for (const card of container.querySelectorAll(".outfit")) enhance(card);
  } catch (error) {
    container.innerHTML = '<p class="empty">Could not load outfits around this piece.</p>';
  }
}

document.addEventListener("DOMContentLoaded", () => {
  for (const card of document.querySelectorAll(".outfit")) enhance(card);
  const stream = document.querySelector("#outfits[data-stream]");
  if (stream && stream.getAttribute("aria-busy") === "true") streamOutfits(stream);
  const ctl = document.querySelector("#complete-the-look[data-src]");
  if (ctl) {
    ctl.innerHTML = '<p class="loading"><span class="spinner" aria-hidden="true"></span> Styling outfits around this piece…</p>';
    loadFragment(ctl);
  }
});
