## /mydata dhe /forget

mydata-nothing = Nuk ruajmë asgjë për ju.
mydata-caption = Gjithçka që Resilience Hub ruan për ju.
forget-nothing = Nuk ruajmë asgjë për ju, prandaj nuk ka asgjë për të fshirë.
forget-confirm = <b>Të fshihet gjithçka?</b> Profili juaj, përgjigjet e papërfunduara dhe organizata juaj, nëse askush tjetër nuk bën pjesë në të, do të fshihen përgjithmonë. Ky veprim nuk mund të zhbëhet.
forget-kept = Nuk u fshi asgjë.
forget-done = Gjithçka që kishim ruajtur për ju u fshi. Nëse ktheheni, me /start filloni nga e para.
forget-confirm-sent = Fshihet edhe ajo që u keni shkruar të tjerëve: mesazhet tuaja masive dhe dokumentet e politikave, mesazhet për pjesëmarrësit dhe për koalicionet, shënimet tuaja në kërkesat për prezantim. Ajo që nuk është dorëzuar ende nuk do të dorëzohet më.
