// Passkeys in the browser: registration on the security page, sign-in on the sign-in and second-step pages.
// The ceremonies are Spring Security's endpoints (/webauthn/register/options, /webauthn/register,
// /webauthn/authenticate/options, /login/webauthn); this script only converts between JSON and the WebAuthn API.
(() => {
  const b64 = {
    encode(buffer) {
      return btoa(String.fromCharCode(...new Uint8Array(buffer)))
        .replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
    },
    decode(text) {
      const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
      return Uint8Array.from(binary, c => c.charCodeAt(0)).buffer;
    }
  };

  async function post(button, path, body) {
    const headers = { 'Content-Type': 'application/json' };
    headers[button.dataset.csrfHeader] = button.dataset.csrfToken;
    // The page gives its context path as "/" or "/ctx/".
    const response = await fetch(button.dataset.context.replace(/\/$/, '') + path, {
      method: 'POST', headers, body: body ? JSON.stringify(body) : undefined, credentials: 'same-origin'
    });
    if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    }
    return response.json();
  }

  function show(button, message) {
    const out = document.getElementById(button.dataset.messages);
    out.textContent = message;
    out.hidden = false;
  }

  async function register(button) {
    const label = document.getElementById('passkey-label').value.trim();
    if (!label) {
      show(button, 'Give the passkey a name first, such as the device it is on.');
      return;
    }
    const options = await post(button, '/webauthn/register/options');
    const credential = await navigator.credentials.create({ publicKey: {
      ...options,
      challenge: b64.decode(options.challenge),
      user: { ...options.user, id: b64.decode(options.user.id) },
      excludeCredentials: (options.excludeCredentials || []).map(c => ({ ...c, id: b64.decode(c.id) }))
    } });
    const result = await post(button, '/webauthn/register', { publicKey: { label, credential: {
      id: credential.id,
      rawId: b64.encode(credential.rawId),
      response: {
        attestationObject: b64.encode(credential.response.attestationObject),
        clientDataJSON: b64.encode(credential.response.clientDataJSON),
        transports: credential.response.getTransports ? credential.response.getTransports() : []
      },
      type: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment
    } } });
    if (!result.success) {
      throw new Error('not registered');
    }
    document.getElementById('passkey-added').submit();
  }

  async function signIn(button) {
    const options = await post(button, '/webauthn/authenticate/options');
    const credential = await navigator.credentials.get({ publicKey: {
      ...options,
      challenge: b64.decode(options.challenge),
      allowCredentials: (options.allowCredentials || []).map(c => ({ ...c, id: b64.decode(c.id) }))
    } });
    const response = credential.response;
    const result = await post(button, '/login/webauthn', {
      id: credential.id,
      rawId: b64.encode(credential.rawId),
      response: {
        authenticatorData: b64.encode(response.authenticatorData),
        clientDataJSON: b64.encode(response.clientDataJSON),
        signature: b64.encode(response.signature),
        userHandle: response.userHandle ? b64.encode(response.userHandle) : undefined
      },
      credType: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment
    });
    window.location.href = result.redirectUrl;
  }

  const actions = {
    register: [register, 'The passkey was not added. Try again, or use another device.'],
    'sign-in': [signIn, 'The passkey did not sign you in. Its account may be disabled, or the passkey removed.']
  };
  document.querySelectorAll('[data-passkey]').forEach(button => {
    if (!window.PublicKeyCredential) {
      button.disabled = true;
      show(button, 'This browser does not offer passkeys.');
      return;
    }
    const [action, failed] = actions[button.dataset.passkey];
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await action(button);
      } catch (e) {
        console.error(e);
        show(button, failed);
      } finally {
        button.disabled = false;
      }
    });
  });
})();
