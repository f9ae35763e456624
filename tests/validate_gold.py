import json, os, re, sys, glob, collections
# usage: python3 tests/validate_gold.py tests/dev5   (a set with articles/ and gold/ inside)
# Checks an annotated development set before it is used: ids, dates, modalities, word counts.
HERE = sys.argv[1] if len(sys.argv) > 1 else sys.exit("usage: validate_gold.py SET_DIR")
ART = os.path.join(HERE, 'articles'); GOLD = os.path.join(HERE, 'gold')
STATES=set("Armenia Azerbaijan Belarus Estonia Georgia Kazakhstan Kyrgyzstan Latvia Lithuania Moldova Russia Tajikistan Turkmenistan Ukraine Uzbekistan Afghanistan Bulgaria China India Iran Mongolia Pakistan Poland Romania Turkey USA".split())
ORGS=set("CST CSTO GUAM CIS SCO EurAsEC NATO PfP EU CACO CustomsUnion WTO OSCE".split())
EVENTS=set("signed joined member not_member withdrew suspended rejoined observer associate founded".split())
SUBJ=set("russian-forces-tajikistan russian-border-guards-tajikistan csto-rapid-deployment-force csto-rapid-reaction-force russian-forces-georgia russian-forces-moldova russian-forces-armenia us-forces-uzbekistan us-forces-kyrgyzstan guam-trade".split())
ROLES=set("president acting_president prime_minister foreign_minister defence_minister".split())
MODS=set("asserted hedged planned negated".split())
PERSONS=set(["Islam Karimov","Eduard Shevardnadze","Mikheil Saakashvili","Heydar Aliyev","Ilham Aliyev","Robert Kocharyan","Serzh Sargsyan","Levon Ter-Petrosyan","Alexander Lukashenko","Nursultan Nazarbayev","Askar Akayev","Kurmanbek Bakiyev","Emomali Rahmon","Saparmurat Niyazov","Gurbanguly Berdimuhamedow","Boris Yeltsin","Vladimir Putin","Dmitry Medvedev","Leonid Kuchma","Viktor Yushchenko","Viktor Yanukovych","Petru Lucinschi","Vladimir Voronin","Hamid Karzai"])
PT=r'\d{4}(-\d{2}(-\d{2})?)?'
WHEN=re.compile(rf'^({PT}|{PT}\.\.{PT}|\.\.{PT}|{PT}\.\.)$')
import datetime
def checkdate(p):
    parts=p.split('-')
    y=int(parts[0]); m=int(parts[1]) if len(parts)>1 else 1; d=int(parts[2]) if len(parts)>2 else 1
    datetime.date(y,m,d)
errs=0; kinds=collections.Counter(); events=collections.Counter(); mods=collections.Counter(); per={}
arts=sorted(os.listdir(ART)); golds=sorted(os.listdir(GOLD))
assert [a[:-4] for a in arts]==[g[:-6] for g in golds], "file mismatch"
for g in golds:
    art=g[:-6]+'.txt'; text=open(os.path.join(ART,art)).read()
    head,body=text.split('\n\n',1)
    hd=dict(l.split(': ',1) for l in head.splitlines())
    for k in ('Publication','Date','Title'): assert k in hd,(art,k)
    adate=hd['Date']; assert re.fullmatch(r'\d{4}-\d{2}-\d{2}',adate)
    # a closing list of sources in parentheses, if there is one, is boilerplate: no quote may
    # come from it
    last=body.rstrip().rsplit('\n',1)[-1]
    src=last if last.startswith('(') and last.endswith(')') else ''
    # body words (the corpus's range; the earliest sets were written to 250-500)
    nw=len(body.split()); assert 150<=nw<=600,(art,nw)
    n=0
    for i,line in enumerate(open(os.path.join(GOLD,g)),1):
        if not line.strip() or line.startswith('//'): continue
        d=json.loads(line); n+=1
        def E(msg):
            global errs; errs+=1; print(g,i,msg,d)
        if d.get('file')!=art: E('file')
        k=d.get('kind'); kinds[k]+=1
        req={'membership':['event','org','when','quote'],'count':['org','counts','value','when','quote'],
             'quantity':['value','unit','subject','when','quote'],'office':['person','role','state','when','quote']}[k]
        for r in req:
            if r not in d: E('missing '+r)
        if d.get('modality','asserted') not in MODS: E('modality')
        mods[d.get('modality')]+=1
        w=d.get('when')
        if not WHEN.match(w): E('when fmt')
        else:
            for p in w.split('..'):
                if p:
                    try: checkdate(p)
                    except Exception: E('bad date')
            # status/office at article date should include adate
        if d['quote'] not in body: E('quote not in body')
        if src and d['quote'] in src: E('quote in sources')
        if k=='membership':
            if d['event'] not in EVENTS: E('event')
            events[d['event']]+=1
            if d['org'] not in ORGS: E('org')
            if 'state' in d and d['state'] not in STATES: E('state')
            if 'state' not in d and d['event']!='founded': E('no state')
            if d['event']=='member' and d.get('modality')=='negated': E('negated member')
        if k=='count':
            if d['counts'] not in ('members','signatories','founders'): E('counts')
            if d['org'] not in ORGS: E('org')
            if not isinstance(d['value'],int): E('value')
        if k=='quantity':
            if d['subject'] not in SUBJ: E('subj')
            if d['unit'] not in ('troops','usd'): E('unit')
            if not isinstance(d['value'],int): E('value')
            if not isinstance(d.get('approx',False),bool): E('approx')
        if k=='office':
            if d['role'] not in ROLES: E('role')
            if d['state'] not in STATES: E('state')
            if d['person'] not in PERSONS: print('  note: unlisted person',d['person'],'in',g)
        # sanity: open-ended planned start at article date, status at article date
        if d.get('modality')=='planned' and w.endswith('..') and w[:-2]!=adate: E('planned start != article date')
        if w.startswith('..') and w[2:]!=adate: E('..X != article date')
        if w.count('..')==1 and not w.startswith('..') and not w.endswith('..') and k=='membership' and d['event'] in('member','observer','associate') and not w.endswith(adate): E('since-interval end')
    per[g]=n
print('errors',errs); print('facts per file',per); print('kinds',dict(kinds)); print('events',dict(events)); print('modality',dict(mods)); print('total',sum(per.values()))
