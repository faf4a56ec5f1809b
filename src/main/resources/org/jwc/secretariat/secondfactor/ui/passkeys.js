// A passkey ceremony with Spring Security's endpoints, run by PasskeyCeremony through executeJs, as
// Spring's own spring-security-webauthn.js does it (the same requests and bodies); here so that the
// outcome comes back to the page in the user's language instead of a redirect.
// $0: "register" or "authenticate"; $1, $2: Spring Security's CSRF header and token; $3: the new
// passkey's label; $4: the context path. Resolves to "ok" or to why not: "unsupported", "cancelled",
// "exists", "origin", "refused", "failed".
const [mode, csrfHeader, csrfToken, label, contextPath] = [$0, $1, $2, $3, $4];
const encode = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
const decode = (text) => Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)).buffer;
const post = (path, body) => fetch(contextPath + path, {
  method: "POST",
  credentials: "same-origin",
  headers: { "Content-Type": "application/json", [csrfHeader]: csrfToken },
  body: body === undefined ? undefined : JSON.stringify(body)
});
const reason = (error) => ({
  NotAllowedError: "cancelled", AbortError: "cancelled", InvalidStateError: "exists",
  SecurityError: "origin", NotSupportedError: "unsupported"
})[error && error.name] || "failed";
return (async () => {
  if (!window.PublicKeyCredential || !navigator.credentials) {
    return "unsupported";
  }
  const register = mode === "register";
  const optionsResponse = await post(register ? "/webauthn/register/options" : "/webauthn/authenticate/options");
  if (!optionsResponse.ok) {
    return "refused";
  }
  const options = await optionsResponse.json();
  const descriptors = (list) => (list || []).map((c) => ({ ...c, id: decode(c.id) }));
  let credential;
  try {
    credential = register
      ? await navigator.credentials.create({ publicKey: { ...options, challenge: decode(options.challenge),
          user: { ...options.user, id: decode(options.user.id) }, excludeCredentials: descriptors(options.excludeCredentials) } })
      : await navigator.credentials.get({ publicKey: { ...options, challenge: decode(options.challenge),
          allowCredentials: descriptors(options.allowCredentials) } });
  } catch (error) {
    return reason(error);
  }
  const response = credential.response;
  const common = {
    id: credential.id,
    rawId: encode(credential.rawId),
    clientExtensionResults: credential.getClientExtensionResults(),
    authenticatorAttachment: credential.authenticatorAttachment
  };
  if (register) {
    const answer = await post("/webauthn/register", { publicKey: { label, credential: { ...common, type: credential.type,
      response: { attestationObject: encode(response.attestationObject), clientDataJSON: encode(response.clientDataJSON),
        transports: response.getTransports ? response.getTransports() : [] } } } });
    return answer.ok ? "ok" : "refused";
  }
  const answer = await post("/login/webauthn", { ...common, credType: credential.type, response: {
    authenticatorData: encode(response.authenticatorData), clientDataJSON: encode(response.clientDataJSON),
    signature: encode(response.signature), userHandle: response.userHandle ? encode(response.userHandle) : undefined } });
  if (!answer.ok) {
    return "refused";
  }
  window.location.assign((await answer.json()).redirectUrl);
  return "ok";
})().catch(() => "failed");
