// Renders the current step's Camunda Form on the session page with form-js (the renderer Tasklist uses) and sends it
// to the page's completion endpoint. A refusal is shown at its field and the task stays open; after a completion the
// page opens the session's next step.
(function () {
  'use strict';

  var csrfToken = document.querySelector('meta[name="_csrf"]').content;
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]').content;

  // Field key to form-js field id, which is how form-js keys its errors.
  function fieldIds(components, ids) {
    (components || []).forEach(function (component) {
      if (component.key) {
        ids[component.key] = component.id;
      }
      fieldIds(component.components, ids);
    });
    return ids;
  }

  function nextPage(sessionUrl, next) {
    window.location.assign(sessionUrl + '?completed=' + Date.now() + (next ? '#task-' + next : ''));
  }

  function render(container) {
    var schema = JSON.parse(container.getAttribute('data-schema'));
    var ids = fieldIds(schema.components, {});
    var task = container.closest('.task-form');
    var refusal = task.querySelector('.form-refusal');
    var button = task.querySelector('.submit-task');
    var form = new FormViewer.Form({ container: container });

    function refuse(message, field) {
      var id = field && ids[field];
      if (id) {
        var errors = {};
        errors[id] = [message];
        // form-js shows these errors under the field, as for its own validation.
        form._setState({ errors: errors });
      }
      refusal.textContent = message;
      refusal.hidden = false;
      var at = id && container.querySelector('[id^="fjs-form-"][id$="-' + id + '"]');
      (at || refusal).scrollIntoView({ block: 'center' });
    }

    form.importSchema(schema, {}).then(function () {
      container.setAttribute('data-ready', 'true');
    });

    button.addEventListener('click', function () {
      refusal.hidden = true;
      var result = form.submit();
      if (Object.keys(result.errors).length > 0) {
        refuse('Some fields need attention: see the messages under them.');
        return;
      }
      button.disabled = true;
      var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' };
      headers[csrfHeader] = csrfToken;
      fetch(container.getAttribute('data-action'), {
        method: 'POST', headers: headers, body: JSON.stringify(result.data), credentials: 'same-origin'
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (response.ok) {
            nextPage(container.getAttribute('data-session'), body.next);
            return;
          }
          button.disabled = false;
          var field = body.field || (body.errors && body.errors[0] && body.errors[0].field);
          refuse(body.detail || 'The form was not accepted (' + response.status + ').', field);
        });
      }).catch(function () {
        button.disabled = false;
        refuse('The form could not be sent. Check the connection and submit again.');
      });
    });
  }

  document.querySelectorAll('.form-js[data-schema]').forEach(render);
  if (window.location.hash) {
    var target = document.getElementById(window.location.hash.substring(1));
    if (target) {
      target.scrollIntoView();
    }
  }
})();
