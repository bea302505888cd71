## Mesazhe të përgjithshme, butona dhe gabime. Tekstet janë HTML: ruani etiketat <b> dhe mos shtoni shenja të tjera.

error-unexpected = Diçka shkoi keq nga ana jonë. Nuk u ndryshua asgjë; ju lutemi provoni përsëri.
error-not-understood = Nuk e kuptova. Dërgoni /help për të parë çfarë mund të bëj.
error-button-expired = Ky buton nuk është më i vlefshëm.
error-unknown-command = Nuk e njoh komandën /{ $command }. Dërgoni /help për të parë komandat.
error-use-buttons = Ju lutemi përgjigjuni me butonat më poshtë.
error-text-empty = Kjo nuk mund të jetë bosh. Ju lutemi dërgoni një tekst.
error-text-too-long = Kjo është shumë e gjatë: { $length } karaktere, ndërsa lejohen të shumtën { $limit }. Ju lutemi dërgoni një tekst më të shkurtër.
error-pick-at-least-one = Zgjidhni të paktën një.
error-org-name-taken = Një organizatë me këtë emër është regjistruar tashmë. Kërkojeni dhe bashkohuni me të.
error-not-registered = Nuk jeni regjistruar ende. Dërgoni /register për t'u bashkuar me rrjetin.

group-use-private-chat = Punoj vetëm në biseda private, që askush në këtë grup të mos shohë çfarë më thoni. Prekni butonin për të më shkruar privatisht.
btn-open-private = Hap bisedë private

start-welcome =
    <b>Mirë se vini në Resilience Hub</b>, komunitetin e organizatave të shoqërisë civile në Ballkanin Perëndimor që punojnë kundër krimit të organizuar dhe korrupsionit.

    Regjistroni organizatën tuaj, gjeni partnerë përtej kufijve dhe mësoni për dialogët për qëndrueshmërinë dhe dokumentet e politikave.
start-welcome-back = Mirë se u kthyet në Resilience Hub. Dërgoni /profile për të parë profilin tuaj ose /help për gjithçka tjetër.
privacy-notice =
    <b>Privatësia juaj</b>: ruajmë vetëm atë që na jepni, në mënyrë që rrjeti të funksionojë: gjuhën tuaj, një emër opsional për t'u shfaqur dhe profilin e organizatës suaj. Nuk ju kërkojmë kurrë numrin e telefonit dhe nuk ua tregojmë kurrë anëtarëve të tjerë emrin tuaj ose emrin e përdoruesit në Telegram pa pëlqimin tuaj. /mydata tregon gjithçka që ruajmë; /forget e fshin.
btn-register = Regjistrohu

language-choose = Zgjidhni gjuhën tuaj:
language-saved = Gjuha: { $language }
language-next-register = Hapi tjetër: /register për t'u bashkuar me rrjetin.

help-line = /{ $command } — { $description }
help-text =
    <b>Çfarë mund të bëj</b>
    { $commands }
cmd-start = Mirëseardhja dhe gjuha
cmd-register = Regjistroni veten dhe organizatën tuaj
cmd-profile = Shihni dhe ndryshoni profilin tuaj
cmd-language = Ndryshoni gjuhën
cmd-mydata = Merrni gjithçka që ruajmë për ju
cmd-forget = Fshini gjithçka që ruajmë për ju
cmd-cancel = Ndërprisni atë që po bëni
cmd-help = Lista e komandave

cancel-nothing = Nuk ka asgjë për të anuluar.
cancel-done = U anulua. Nuk u ruajt asgjë nga hapi i papërfunduar.

btn-back = « Prapa
btn-cancel = Anulo
btn-done = Gati
btn-yes = Po
btn-no = Jo
btn-skip = Kalo
btn-continue = Vazhdo
btn-start-over = Fillo nga e para
btn-agree = Pajtohem
btn-confirm = Konfirmo
btn-join-org = Bashkohu: { $name }
btn-create-org = Krijo të re: { $name }
btn-language = Gjuha
btn-close = Mbyll
btn-forget-yes = Po, fshi gjithçka
btn-forget-no = Jo, mbaji

value-none = —
value-quoted = «{ $value }»
summary-line = <b>{ $label }:</b> { $value }
field-current-value = Aktualisht: { $value }

error-slow-down = Po dërgoni mesazhe më shpejt nga sa mund t'u përgjigjem, ndaj disa prej tyre i anashkalova. Ju lutemi prisni disa sekonda dhe pastaj provoni përsëri.
error-slow-down-short = Shumë shpejt: ju lutemi prisni disa sekonda dhe provoni përsëri.

## Gjuhët të përmendura brenda një fjalie, si "(shkruar në anglisht)"; zgjedhjet e emërtojnë secilën në vetvete
language-name-en = anglisht
language-name-de = gjermanisht
language-name-sq = shqip
language-name-sr-Latn = BKMS
language-name-mk = maqedonisht
