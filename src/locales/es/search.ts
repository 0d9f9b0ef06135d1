import type { SearchWords } from '../types.js';

/**
 * Spanish words of the search: the function words it skips (written without accents, as every
 * term is folded), the words of a staff member's own problem, and more ways patients say each
 * symptom.
 *
 * @example
 * ```ts
 * search.staffWords.includes('Quickview');
 * //=> true
 * ```
 */
export const search: SearchWords = /* @__PURE__ */ Object.freeze<SearchWords>({
  stopWords: (
    'el la los las lo un una unos unas al del de a en con por para sin sobre desde hasta entre hacia ' +
    'y e o u ni pero sino si que como cuando donde cual quien porque pues ' +
    'yo tu usted ustedes ella ellos ellas nosotros me te se le les nos mi mis tus su sus ' +
    'este esta esto estos estas ese esa eso esos esas aqui ahi alli algo ' +
    'es son soy eres somos era eran fue ser sea estoy estan estar estaba he ha han has hemos habia hay ' +
    'tengo tiene tienes tienen tenemos tener tenia puedo puede puedes pueden poder podria ' +
    'hago hace hacer quiero quiere quieres queria necesito necesita necesitan ' +
    'no muy tan tambien solo algun alguno alguna ningun ninguno ninguna dice dicen dijo decir favor funciona funcionan funcionar sirve sirven servir'
  ).split(' '),
  staffWords: ['Quickview', 'as patient', 'como paciente', 'como el paciente', 'como la paciente'],
  symptoms: {
    'no-invitation-email': [
      'no me llegó ninguna invitación',
      'mi bandeja de entrada no tiene nada de la clínica',
      'nunca llegó el correo para inscribirme',
      'no tengo ningún email de bienvenida ni en spam ni en correo no deseado',
    ],
    'link-not-working': [
      'el enlace está muerto',
      'no pasa nada cuando hago clic en el enlace',
      'el botón del correo no abre nada',
      'el link del correo o de los resultados no abre o ya se venció',
    ],
    'code-not-received': [
      'solo tengo teléfono de casa, no celular',
      'mi teléfono es fijo',
      'el código va a un número viejo que ya no tengo',
      'no me llegó ningún mensaje de texto al teléfono',
      'le di a enviar código y no me llega el código ni el PIN por texto ni por llamada',
    ],
    'security-answer-refused': [
      'olvidé la respuesta de mi pregunta secreta',
      'dice que mi respuesta de seguridad es incorrecta',
      'pongo la respuesta, el nombre de mi mascota, y sale incorrecta',
    ],
    'forgot-password': [
      'no me deja entrar',
      'estoy bloqueado y no puedo iniciar sesión',
      'dice que mi contraseña es incorrecta',
      'no me acuerdo de mi password o contraseña',
      'resetear o cambiar la contraseña porque no puedo entrar a mi cuenta',
    ],
    'already-has-account': [
      'ya me inscribí una vez',
      'creé una cuenta hace tiempo',
      'me llegó otra invitación pero ya tengo usuario y contraseña',
    ],
    'cannot-attach-file': [
      'mandar una foto o un escaneo al médico',
      'subir una foto de mi tarjeta del seguro',
      'adjuntar más de un archivo',
      'mandarle o subirle al doctor un pdf, un documento, una imagen o una captura de pantalla',
    ],
    'provider-not-listed': [
      'no encuentro a mi médico cuando escribo un mensaje',
      'mi Dr. o mi Dra. no está en la lista',
      'no encuentro el nombre de mi doctor o de mi doctora para mandarle mensaje',
    ],
    'office-staff-missing': [
      'quiero mandar un mensaje a la recepción o a la enfermera',
      'preguntarle algo a la oficina, a la recepcionista o a cobros y no al doctor; solo salen doctores',
    ],
    'message-will-not-send': [
      'escribí mi tarjeta de crédito en el mensaje',
      'mi mensaje se queda atascado',
      'el botón de enviar no envía',
    ],
    'browser-warning': [
      'Safari no funciona en Windows',
      'me dice que actualice o cambie de navegador',
      'sale una advertencia: mi navegador, browser o explorador no es compatible; bajar Chrome o Firefox',
    ],
    'child-under-13': [
      'soy demasiado joven para inscribirme',
      'qué edad necesita tener mi hijo',
      'inscribir a mi niño, mi niña o mi nena en el portal; no me deja',
    ],
    'manage-family-account': [
      'cuido a mi padre o a mi madre mayor',
      'soy el tutor y necesito ver su cuenta',
      'ayudo a mi papá, mi mamá o mi esposo con su portal; manejar la cuenta de un familiar',
    ],
    'cannot-see-family-record': [
      'cambiar al perfil de mi esposo o de mi esposa',
      'solo veo mi expediente, no el de mi hijo',
      'dónde están los resultados de los análisis de mi hijo',
      'ver los resultados o el perfil de mi mamá o de mi niño desde mi cuenta',
    ],
    'staff-login-as-patient': ['la acción del Quickview para entrar como el paciente falla'],
  },
});
